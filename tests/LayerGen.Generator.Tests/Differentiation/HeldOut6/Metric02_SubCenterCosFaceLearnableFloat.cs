// expect: gradient
// Sub-center CosFace (Wang et al. 2018 large-margin cosine loss, with Deng et al.'s two sub-centres per class): the
// normalised embedding against 3 classes × 2 learnable sub-centres, the class cosine the larger of its two
// (MathF.Max), and the margin loss for a fixed target class appended to the three cosines; float. Shape from
// insightface's CosFace / sub-center ArcFace heads; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 4)]
public partial class SubCenterCosFaceLearnableFloat
{
    const int Dim = 4, Classes = 3, SubCenters = 2, Target = 2;
    const float Scale = 10f, Margin = 0.35f;

    static float Length(ReadOnlySpan<float> v)
    {
        float s = 0f;
        for (int i = 0; i < v.Length; i++) s += v[i] * v[i];
        return MathF.Sqrt(s);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(Classes * SubCenters * Dim, StandardDeviation = 1f)] ReadOnlySpan<float> centres)
    {
        float embeddingLength = Length(x);
        for (int c = 0; c < Classes; c++)
        {
            float best = -1f;
            for (int s = 0; s < SubCenters; s++)
            {
                ReadOnlySpan<float> w = centres.Slice((c * SubCenters + s) * Dim, Dim);
                float dot = 0f;
                for (int d = 0; d < Dim; d++) dot += x[d] * w[d];
                best = MathF.Max(best, dot / (embeddingLength * Length(w)));
            }
            y[c] = best;
        }

        float max = float.NegativeInfinity;
        for (int c = 0; c < Classes; c++) max = MathF.Max(max, Scale * (y[c] - (c == Target ? Margin : 0f)));
        float sum = 0f;
        for (int c = 0; c < Classes; c++) sum += MathF.Exp(Scale * (y[c] - (c == Target ? Margin : 0f)) - max);
        y[Classes] = max + MathF.Log(sum) - Scale * (y[Target] - Margin);
    }
}
