// Idiom: static abstract interface members (C# 11+) — a layout type parameter `TLayout : ILayout` whose static
// `Index(sample, cls, batch, classes)` maps a logical cell to a flat offset.
// Use: one softmax kernel for row-major and class-major activations.
// Layout: flat double[batch * classes], row-major (RowMajor) or class-major (ClassMajor).
// Correct: the per-sample maxima are stored in an array in a first pass; the sum is per sample.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.StaticAbstract_LayoutIndex;

public interface ILayout
{
    static abstract int Index(int sample, int cls, int batch, int classes);
}

public readonly struct RowMajor : ILayout
{
    public static int Index(int sample, int cls, int batch, int classes) => sample * classes + cls;
}

public readonly struct ClassMajor : ILayout
{
    public static int Index(int sample, int cls, int batch, int classes) => cls * batch + sample;
}

public static class LayoutSoftmax
{
    public static double[] Forward<TLayout>(double[] x, int batch, int classes)
        where TLayout : ILayout
    {
        var rowMax = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            rowMax[b] = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                double v = x[TLayout.Index(b, c, batch, classes)];
                if (v > rowMax[b]) rowMax[b] = v;
            }
        }

        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                int i = TLayout.Index(b, c, batch, classes);
                y[i] = Math.Exp(x[i] - rowMax[b]);
                sum += y[i];
            }

            for (int c = 0; c < classes; c++) y[TLayout.Index(b, c, batch, classes)] /= sum;
        }

        return y;
    }
}
