// Variant (our own code) of NeuralLib's flat softmax (nokiiaa/NeuralLib, Maths/Softmax.cs: one sum over all
// values of the array) applied to a batch that already has a correct per-row shift: the shifted exps are
// written row by row, then one sum over the whole span and y[k] /= sum over the flat span.
// Layout: flat Span<float> [batch, classes], rows via offset + j. Bug (LG0002): the sum spans every row.
using System;

namespace Recreations.SpanFlatDivideBySum;

public static class SpanSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        for (int offset = 0; offset < x.Length; offset += classes)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                max = MathF.Max(max, x[offset + j]);
            }

            for (int j = 0; j < classes; j++)
            {
                y[offset + j] = MathF.Exp(x[offset + j] - max);
            }
        }

        float sum = 0f;
        for (int k = 0; k < y.Length; k++)
        {
            sum += y[k]; //~ LG0002
        }

        for (int k = 0; k < y.Length; k++)
        {
            y[k] /= sum;
        }
    }
}
