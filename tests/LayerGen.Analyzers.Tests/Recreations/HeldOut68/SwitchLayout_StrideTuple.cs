// Idiom: a switch expression on a layout enum returns a `(sampleStride, classStride)` tuple, deconstructed; a local
// function `At(c)` builds the index. Inspired by C# switch-expression-with-tuples examples; our own code.
// Use: class probabilities per sample for either storage order. Layout: flat double[], row-major [batch, classes] or
// column-major [classes, batch] chosen by the enum; Math.Exp.
// Correct.
using System;

namespace HeldOut68.SwitchLayout_StrideTuple;

public enum Layout
{
    SamplesByClasses,
    ClassesBySamples,
}

public static class LayoutSoftmax
{
    public static double[] Softmax(double[] x, int batch, int classes, Layout layout)
    {
        var (sampleStride, classStride) = layout switch
        {
            Layout.SamplesByClasses => (classes, 1),
            Layout.ClassesBySamples => (1, batch),
            _ => throw new ArgumentOutOfRangeException(nameof(layout)),
        };
        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            int At(int c) => b * sampleStride + c * classStride;
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++) max = Math.Max(max, x[At(c)]);
            double sum = 0;
            for (int c = 0; c < classes; c++) sum += y[At(c)] = Math.Exp(x[At(c)] - max);
            for (int c = 0; c < classes; c++) y[At(c)] /= sum;
        }

        return y;
    }
}
