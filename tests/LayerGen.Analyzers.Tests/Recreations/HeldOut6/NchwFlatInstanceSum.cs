// Source: NCHW softmax in C# inference code that mixes cuDNN's two modes (CudaDnn `CudnnSoftmaxMode.Instance` =
// over C, H, W per N; `Channel` = over C per pixel), re-created on a flat float[] buffer.
// Layout: flat [N, C, H, W]; the intended softmax runs over C for each (n, pixel), stride H * W.
// Bug LG0002: the max is per pixel over channels, but the sum is accumulated over all C * H * W values of sample n.
using System;

namespace HeldOut6.NchwFlatInstanceSum;

public static class MixedModeSoftmax
{
    public static void Forward(float[] x, float[] y, int n, int c, int plane)
    {
        for (int b = 0; b < n; b++)
        {
            int sample = b * c * plane;
            float instanceSum = 0f;
            for (int p = 0; p < plane; p++)
            {
                float m = float.NegativeInfinity;
                for (int k = 0; k < c; k++) m = MathF.Max(m, x[sample + k * plane + p]);
                for (int k = 0; k < c; k++)
                {
                    int idx = sample + k * plane + p;
                    y[idx] = MathF.Exp(x[idx] - m);
                    instanceSum += y[idx]; //~ LG0002
                }
            }

            for (int idx = sample; idx < sample + c * plane; idx++)
            {
                y[idx] /= instanceSum;
            }
        }
    }
}
