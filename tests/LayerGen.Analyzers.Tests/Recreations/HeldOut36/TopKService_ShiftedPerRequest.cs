// Idiom: recommendation API: score each request's candidates through a model, softmax per request, return the top k with probabilities
// Layout: async service method, records Request(UserId, int[] CandidateIds) with ragged candidates, pooled float buffer per request
// Correct
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut36.TopKService_ShiftedPerRequest;

public sealed record Request(int UserId, int[] CandidateIds);

public sealed record Recommendation(int ItemId, float Probability);

public interface ICandidateScorer
{
    ValueTask<float[]> ScoreAsync(int userId, int[] candidateIds, CancellationToken cancellationToken);
}

public sealed class RecommendationService
{
    private readonly ICandidateScorer _scorer;

    public RecommendationService(ICandidateScorer scorer) => _scorer = scorer;

    public async Task<IReadOnlyList<Recommendation[]>> TopKAsync(IReadOnlyList<Request> requests, int k, CancellationToken cancellationToken = default)
    {
        var responses = new List<Recommendation[]>(requests.Count);
        foreach (Request request in requests)
        {
            float[] logits = await _scorer.ScoreAsync(request.UserId, request.CandidateIds, cancellationToken);
            int n = logits.Length;
            float[] buffer = ArrayPool<float>.Shared.Rent(n);
            try
            {
                float max = float.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    max = Math.Max(max, logits[i]);
                }

                float sum = 0f;
                for (int i = 0; i < n; i++)
                {
                    buffer[i] = MathF.Exp(logits[i] - max);
                    sum += buffer[i];
                }

                var all = new Recommendation[n];
                for (int i = 0; i < n; i++)
                {
                    all[i] = new Recommendation(request.CandidateIds[i], buffer[i] / sum);
                }

                responses.Add(all.OrderByDescending(r => r.Probability).Take(k).ToArray());
            }
            finally
            {
                ArrayPool<float>.Shared.Return(buffer);
            }
        }

        return responses;
    }
}
