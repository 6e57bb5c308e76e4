import Foundation

extension GitHubAPI {
    /// Throws a one-line error for a failure status, with advice that fits `operation`.
    func check(_ response: HTTPResponse, context: String, operation: GitHubOperation?) throws {
        let message = (try? JSONSerialization.jsonObject(with: response.body) as? [String: Any])?["message"] as? String
        switch response.status {
        case 200..<300:
            return
        case 401:
            throw failure(context: context, reason: "401 unauthorized: GITHUB_TOKEN is missing, expired or wrong")
        case 403:
            throw failure(
                context: context,
                reason: operation?.forbiddenReason ?? "403 forbidden: the token lacks a permission this request needs"
            )
        case 404:
            throw failure(context: context, reason: "404 not found: check the repository owner/name and that the token can see it")
        case 422:
            throw failure(context: context, reason: "422 rejected: \((message ?? "validation failed").lowercased())")
        default:
            throw failure(context: context, reason: "unexpected status \(response.status)")
        }
    }
}
