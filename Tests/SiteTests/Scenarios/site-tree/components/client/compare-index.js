window.heraldCompareIndex = {"changes":[[3,["#3"],["v1.1.0"],"Retry client requests (#3, @bob)","pr-3"],
[3,["commit:6c3eccfa89b3"],[],"Initial commit (6c3eccf, Alice Example)","commit-6c3eccf"]],"releases":[{"v":"v1.1.0","t":"client/v1.1.0","b":"client/v1.0.0","d":"2024-01-01","p":"components/client/v1.1.0.html","n":0,"e":[0]},
{"v":"v1.0.0","t":"client/v1.0.0","b":null,"d":"2024-01-01","p":"components/client/v1.0.0.html","n":0,"e":[1]}]};
