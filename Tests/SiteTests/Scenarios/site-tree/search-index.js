window.heraldSearchIndex = {"parts":["search/part-0.js","search/part-1.js","search/part-2.js"]};
