// Idiom: recommendation re-ranking behind an ASP.NET endpoint: the model scores a user's candidates, softmax turns them into shares
// Layout: records (request/response DTOs), async Task handler, float[] scores per request, LINQ Max/Select/Sum
// Correct
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut34.Reranker_EndpointScores
{
    public sealed record RerankRequest(string UserId, IReadOnlyList<string> CandidateIds);

    public sealed record RankedItem(string ItemId, float Score, float Probability);

    public sealed record RerankResponse(string UserId, IReadOnlyList<RankedItem> Items);

    public interface IRankingModel
    {
        Task<float[]> ScoreAsync(string userId, IReadOnlyList<string> candidateIds, CancellationToken cancellationToken);
    }

    public sealed class RerankHandler
    {
        private readonly IRankingModel _model;
        private readonly float _temperature;

        public RerankHandler(IRankingModel model, float temperature = 1f)
        {
            _model = model;
            _temperature = temperature;
        }

        public async Task<RerankResponse> HandleAsync(RerankRequest request, CancellationToken cancellationToken = default)
        {
            if (request.CandidateIds.Count == 0)
            {
                return new RerankResponse(request.UserId, Array.Empty<RankedItem>());
            }

            float[] scores = await _model.ScoreAsync(request.UserId, request.CandidateIds, cancellationToken).ConfigureAwait(false);

            float best = scores.Max();
            float[] weights = scores.Select(s => MathF.Exp((s - best) / _temperature)).ToArray();
            float total = weights.Sum();

            var items = request.CandidateIds
                .Select((id, i) => new RankedItem(id, scores[i], weights[i] / total))
                .OrderByDescending(item => item.Probability)
                .ToList();

            return new RerankResponse(request.UserId, items);
        }
    }
}
