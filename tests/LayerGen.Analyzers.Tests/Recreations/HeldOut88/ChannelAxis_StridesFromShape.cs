// Idiom: `softmax(x, axis=1)` on an NCHW-style buffer: strides computed from the shape array, the softmax axis is the
// channel axis (stride = positions), and every (sample, position) pair is one slice walked with that stride.
// Use: per-pixel class probabilities of a ported fully-convolutional segmentation model.
// Layout: flat double[], shape (batch, classes, positions) row-major; softmax over axis 1 (stride `positions`).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.ChannelAxis_StridesFromShape;

public static class Segmentation
{
    public static int[] Strides(int[] shape)
    {
        var s = new int[shape.Length];
        s[^1] = 1;
        for (int d = shape.Length - 2; d >= 0; d--) s[d] = s[d + 1] * shape[d + 1];
        return s;
    }

    public static double[] SoftmaxChannels(double[] x, int[] shape)
    {
        int[] st = Strides(shape);
        int batch = shape[0], classes = shape[1], positions = shape[2];
        var y = new double[x.Length];
        for (int n = 0; n < batch; n++)
        {
            for (int p = 0; p < positions; p++)
            {
                int origin = n * st[0] + p * st[2];
                double best = double.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                {
                    double v = x[origin + c * st[1]];
                    if (v > best) best = v;
                }

                double z = 0.0;
                for (int c = 0; c < classes; c++) z += y[origin + c * st[1]] = Math.Exp(x[origin + c * st[1]] - best);
                for (int c = 0; c < classes; c++) y[origin + c * st[1]] /= z;
            }
        }

        return y;
    }
}
