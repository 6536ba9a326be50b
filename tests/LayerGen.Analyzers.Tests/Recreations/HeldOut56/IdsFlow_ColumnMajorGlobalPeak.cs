// Idiom: intrusion-detection softmax regression, logits computed as Z = W·X so the batch is column-major: one column
// per flow, one row per attack class. Used to score a capture window of flows at once.
// Layout: float[classes, flows] (transposed; the softmax runs down each column), output in the same layout.
// Bug (LG0001): one peak over the whole capture window is subtracted from every flow; a quiet flow 1000 below the
// loudest underflows to 0/0.
// Style inspired by softmax-regression IDS notebooks (lilysli/intrusion-detection-classifier); our own C#.
using System;

namespace HeldOut56.IdsFlow_ColumnMajorGlobalPeak;

public static class CaptureWindowScorer
{
    public static void SoftmaxPerFlow(float[,] z, float[,] p)
    {
        int classes = z.GetLength(0), flows = z.GetLength(1);

        // one shift for the whole window "so every flow is on the same scale"
        float peak = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            for (int f = 0; f < flows; f++)
            {
                peak = MathF.Max(peak, z[c, f]); //~ LG0001
            }
        }

        for (int f = 0; f < flows; f++)
        {
            float denom = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(z[c, f] - peak);
                p[c, f] = e;
                denom += e;
            }

            for (int c = 0; c < classes; c++)
            {
                p[c, f] /= denom;
            }
        }
    }
}
