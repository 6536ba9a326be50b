// ApproxNDCG for one query of six documents: approximate ranks 1 + Σ_{j≠i} σ((s_j − s_i) / τ) with a learnable
// log-temperature and a branch-stable sigmoid helper, then DCG = Σ gainᵢ / log₂(1 + rankᵢ) over the ideal DCG;
// outputs the six soft ranks and 1 − NDCG.
// Shape of: Qin, Liu & Li 2010 ("A general approximation framework for direct optimization of IR measures"),
// TF-Ranking's ApproxNDCGLoss (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 7)]
public partial class ApproxNdcgSigmoidRanksFloat
{
    private static readonly float[] Gain = { 3.0f, 0.0f, 1.0f, 7.0f, 0.0f, 1.0f };     // 2^rel − 1
    const float IdealDcg = 7.0f + 3.0f / 1.5849625f + 1.0f / 2.0f + 1.0f / 2.3219281f;

    static float Sigmoid(float v)
    {
        if (v >= 0.0f) return 1.0f / (1.0f + MathF.Exp(-v));
        float e = MathF.Exp(v);
        return e / (1.0f + e);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logTemperature)
    {
        float temperature = MathF.Exp(logTemperature[0]);
        float dcg = 0.0f;
        for (int i = 0; i < x.Length; i++)
        {
            float rank = 1.0f;
            for (int j = 0; j < x.Length; j++)
            {
                if (j == i) continue;
                rank += Sigmoid((x[j] - x[i]) / temperature);
            }
            y[i] = rank;
            dcg += Gain[i] / MathF.Log2(1.0f + rank);
        }
        y[6] = 1.0f - dcg / IdealDcg;
    }
}
