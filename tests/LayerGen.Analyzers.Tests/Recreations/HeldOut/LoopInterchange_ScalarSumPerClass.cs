// Variant (our own code) of the loop-interchanged row-major softmax (kowaliszyn-pl/ml-csharp ArrayExtensions.Softmax
// walked class-outer): the per-sample maxima max[s] are right, but the sum became a scalar reset for each class and
// accumulated over the samples, so each column (class) is normalised instead of each row (sample).
// Layout: row-major float[batch, classes], class-outer loops. Bug (LG0004): maximum per sample, sum per class.
using System;

namespace HeldOut.LoopInterchangeScalarSumPerClass;

public static class InterchangedSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var max = new float[batch];
        Array.Fill(max, float.NegativeInfinity);
        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                max[s] = MathF.Max(max[s], x[s, c]); //~ LG0004
            }
        }

        var p = new float[batch, classes];
        for (int c = 0; c < classes; c++)
        {
            float sum = 0f;
            for (int s = 0; s < batch; s++)
            {
                p[s, c] = MathF.Exp(x[s, c] - max[s]);
                sum += p[s, c];
            }

            for (int s = 0; s < batch; s++)
            {
                p[s, c] /= sum;
            }
        }

        return p;
    }
}
