// Re-creation (our own code) of harujoh/KelpNet's flat batch softmax (rows at b * length) with the per-row state
// reset by a capturing local function, Reset(), called at the top of each row.
// Layout: flat float[], rows at b * length; max and sum reset by a local function. Correct.
using System;

namespace HeldOut.LocalFunctionResetRows;

public static class LocalResetSoftmax
{
    public static void Forward(float[] x, float[] y, int length)
    {
        float max = float.NegativeInfinity;
        float sum = 0f;

        void Reset()
        {
            max = float.NegativeInfinity;
            sum = 0f;
        }

        for (int b = 0; b < x.Length / length; b++)
        {
            Reset();
            for (int i = 0; i < length; i++)
            {
                max = MathF.Max(max, x[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = MathF.Exp(x[b * length + i] - max);
                sum += y[b * length + i];
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] /= sum;
            }
        }
    }
}
