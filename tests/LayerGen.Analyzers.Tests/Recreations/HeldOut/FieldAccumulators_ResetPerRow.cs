// Re-creation (our own code) of NNSoftMaxLayer (namespace LGFW, Unity; repository not named in the public code index;
// the running sum kept in a field, m_sum) lifted to a batch with both accumulators in fields, reset at the top of
// every row.
// Layout: flat float[], rows at r * cols; max and sum are fields reset per row. Correct.
using System;

namespace HeldOut.FieldAccumulatorsResetPerRow;

public sealed class SoftmaxLayer
{
    private float max;
    private float sum;

    public float[] Forward(float[] input, int cols)
    {
        var output = new float[input.Length];
        for (int r = 0; r < input.Length / cols; r++)
        {
            max = float.NegativeInfinity;
            sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                max = MathF.Max(max, input[r * cols + c]);
            }

            for (int c = 0; c < cols; c++)
            {
                output[r * cols + c] = MathF.Exp(input[r * cols + c] - max);
                sum += output[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                output[r * cols + c] /= sum;
            }
        }

        return output;
    }
}
