// Idiom: `stackalloc float[classes]` scratch per row of a rectangular `float[,]`, exponentials with `MathF.Exp` of the
// raw scores (no maximum subtracted), as in Kalmia's `Softmax(Span<float>, Span<float>)`.
// Layout: `float[batch, classes]` row-major. Bug: LG0003 (exp of unshifted logits).
using System;

namespace HeldOut55.StackallocRows_RawMathFExp;

public static class RectSoftmax
{
    /// <summary>Row-wise softmax of <paramref name="scores"/>, written into <paramref name="probs"/>.</summary>
    public static void Softmax(float[,] scores, float[,] probs)
    {
        int batch = scores.GetLength(0);
        int classes = scores.GetLength(1);
        Span<float> e = classes <= 128 ? stackalloc float[classes] : new float[classes];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(scores[b, c]); //~ LG0003
                sum += e[c];
            }

            float inv = 1f / sum;
            for (int c = 0; c < classes; c++)
            {
                probs[b, c] = e[c] * inv;
            }
        }
    }
}
