// Idiom: async retrieval service: fetch each question's passage embeddings, score them, softmax per question
// Layout: async method over IReadOnlyList<float[]> questions, passages fetched per question (ragged float[][]), jagged result
// Bug (LG0001): the peak is declared above the question loop and never reset, so later questions subtract an earlier peak
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut36.DenseRetrieval_AsyncPeakNeverReset;

public sealed class PassageRankingService
{
    private readonly Func<int, CancellationToken, ValueTask<float[][]>> _fetchPassages;

    public PassageRankingService(Func<int, CancellationToken, ValueTask<float[][]>> fetchPassages) => _fetchPassages = fetchPassages;

    public async Task<float[][]> RankAsync(IReadOnlyList<float[]> questions, CancellationToken cancellationToken = default)
    {
        var result = new float[questions.Count][];
        float peak = float.NegativeInfinity;
        for (int q = 0; q < questions.Count; q++)
        {
            float[][] passages = await _fetchPassages(q, cancellationToken).ConfigureAwait(false);
            var scores = new float[passages.Length];
            for (int p = 0; p < passages.Length; p++)
            {
                float s = 0f;
                for (int d = 0; d < questions[q].Length; d++)
                {
                    s += questions[q][d] * passages[p][d];
                }

                scores[p] = s;
                if (s > peak) peak = s; //~ LG0001
            }

            float z = 0f;
            for (int p = 0; p < scores.Length; p++)
            {
                scores[p] = MathF.Exp(scores[p] - peak);
                z += scores[p];
            }

            for (int p = 0; p < scores.Length; p++)
            {
                scores[p] /= z;
            }

            result[q] = scores;
        }

        return result;
    }
}
