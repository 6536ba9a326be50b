// Idiom: a document-tagging service computes label logits as Z = W·X (weights `[labels, features]` times a feature
// matrix `[features, documents]`) and normalises each document's column.
// Layout: column-major / transposed `float[labels, documents]`; one softmax per column (document); `Math.Max` fold.
// Own code.
// Correct: max and sum over the labels of one document.
using System;

namespace HeldOut66.LabelMatrix_ColumnPerDocument;

public static class DocumentTagger
{
    public static float[,] Logits(float[,] weights, float[,] features)
    {
        int labels = weights.GetLength(0), width = weights.GetLength(1), documents = features.GetLength(1);
        var z = new float[labels, documents];
        for (int c = 0; c < labels; c++)
        {
            for (int d = 0; d < documents; d++)
            {
                float acc = 0f;
                for (int f = 0; f < width; f++)
                {
                    acc += weights[c, f] * features[f, d];
                }

                z[c, d] = acc;
            }
        }

        return z;
    }

    public static float[,] LabelProbabilities(float[,] z)
    {
        int labels = z.GetLength(0), documents = z.GetLength(1);
        var p = new float[labels, documents];
        for (int d = 0; d < documents; d++)
        {
            float max = z[0, d];
            for (int c = 1; c < labels; c++)
            {
                max = Math.Max(max, z[c, d]);
            }

            float sum = 0f;
            for (int c = 0; c < labels; c++)
            {
                p[c, d] = MathF.Exp(z[c, d] - max);
                sum += p[c, d];
            }

            for (int c = 0; c < labels; c++)
            {
                p[c, d] /= sum;
            }
        }

        return p;
    }
}
