// Source: DETR / RT-DETR ONNX post-processing in C#: class logits [queries, classes + 1] (last = "no object"),
// softmax over C+1 per query, then the best real class. Layout: flat [queries, classes + 1], Span per query.
// Correct: per-query span max and sum.
using System;

namespace LayerGen.Recreations.HeldOut5.DetrQueriesNoObjectClassNs;

public static class DetrQueriesNoObjectClass
{
    public static (int Label, float Score)[] Decode(float[] logits, float[] probs, int queries, int classesWithEmpty)
    {
        var result = new (int Label, float Score)[queries];
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(q * classesWithEmpty, classesWithEmpty);
            Span<float> p = probs.AsSpan(q * classesWithEmpty, classesWithEmpty);
            float max = float.MinValue;
            foreach (float v in row) max = v > max ? v : max;
            float sum = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                p[c] = MathF.Exp(row[c] - max);
                sum += p[c];
            }
            int label = 0;
            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= sum;
                if (c < p.Length - 1 && p[c] > p[label]) label = c;
            }
            result[q] = (label, p[label]);
        }
        return result;
    }
}
