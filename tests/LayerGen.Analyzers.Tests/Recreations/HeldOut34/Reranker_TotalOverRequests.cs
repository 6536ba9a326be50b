// Idiom: recommendation re-ranking, batched endpoint: several users' candidates scored in one model call, split back per user
// Layout: flattened scored rows (user, item, score) with a Dictionary<string, float> of per-user maxima
// Bug (LG0002): one total over the exps of every user's candidates, not one per user
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut34.Reranker_TotalOverRequests
{
    public sealed record RerankRequest(string UserId, IReadOnlyList<string> CandidateIds);

    public sealed record ScoredCandidate(string UserId, string ItemId, float Score);

    public sealed record RankedItem(string ItemId, float Probability);

    public interface IBatchRankingModel
    {
        Task<float[]> ScoreBatchAsync(IReadOnlyList<(string UserId, string ItemId)> pairs, CancellationToken cancellationToken);
    }

    public sealed class BatchRerankHandler
    {
        private readonly IBatchRankingModel _model;

        public BatchRerankHandler(IBatchRankingModel model)
        {
            _model = model;
        }

        public async Task<Dictionary<string, List<RankedItem>>> HandleBatchAsync(
            IReadOnlyList<RerankRequest> requests, CancellationToken cancellationToken = default)
        {
            var pairs = requests
                .SelectMany(r => r.CandidateIds.Select(id => (r.UserId, id)))
                .ToList();
            float[] scores = await _model.ScoreBatchAsync(pairs, cancellationToken);

            var scored = pairs.Select((p, i) => new ScoredCandidate(p.UserId, p.id, scores[i])).ToList();

            var maxByUser = new Dictionary<string, float>();
            foreach (var candidate in scored)
            {
                maxByUser[candidate.UserId] = maxByUser.TryGetValue(candidate.UserId, out float m)
                    ? Math.Max(m, candidate.Score)
                    : candidate.Score;
            }

            float total = 0f;
            foreach (var candidate in scored)
            {
                total += MathF.Exp(candidate.Score - maxByUser[candidate.UserId]); //~ LG0002
            }

            var response = new Dictionary<string, List<RankedItem>>();
            foreach (var candidate in scored)
            {
                if (!response.TryGetValue(candidate.UserId, out var list))
                {
                    list = new List<RankedItem>();
                    response[candidate.UserId] = list;
                }

                list.Add(new RankedItem(candidate.ItemId, MathF.Exp(candidate.Score - maxByUser[candidate.UserId]) / total));
            }

            foreach (var list in response.Values)
            {
                list.Sort((a, b) => b.Probability.CompareTo(a.Probability));
            }

            return response;
        }
    }
}
