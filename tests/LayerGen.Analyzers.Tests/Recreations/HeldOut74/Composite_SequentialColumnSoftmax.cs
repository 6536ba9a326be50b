// Idiom: the composite pattern — `Sequential(params ILayer[] layers)` (primary constructor) runs `ILayer` components in
// order; `Scale` and `ColumnSoftmax` are components.
// Use: a tiny model container with a softmax output component.
// Layout: double[classes, batch], column-major (softmax down each column, Z = W·X).
// Correct: max and sum both per column (over the classes).
// Our own code.
#nullable enable
using System;

namespace HeldOut74.Composite_SequentialColumnSoftmax;

public interface ILayer
{
    double[,] Forward(double[,] input);
}

public sealed class Scale(double factor) : ILayer
{
    public double[,] Forward(double[,] input)
    {
        var output = (double[,])input.Clone();
        for (int i = 0; i < output.GetLength(0); i++)
        {
            for (int j = 0; j < output.GetLength(1); j++)
            {
                output[i, j] *= factor;
            }
        }

        return output;
    }
}

public sealed class ColumnSoftmax : ILayer
{
    public double[,] Forward(double[,] input)
    {
        int classes = input.GetLength(0);
        int batch = input.GetLength(1);
        var output = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double peak = input[0, b];
            for (int c = 1; c < classes; c++)
            {
                peak = Math.Max(peak, input[c, b]);
            }

            double denominator = 0;
            for (int c = 0; c < classes; c++)
            {
                output[c, b] = Math.Exp(input[c, b] - peak);
                denominator += output[c, b];
            }

            for (int c = 0; c < classes; c++)
            {
                output[c, b] /= denominator;
            }
        }

        return output;
    }
}

public sealed class Sequential(params ILayer[] layers) : ILayer
{
    public double[,] Forward(double[,] input)
    {
        double[,] x = input;
        foreach (ILayer layer in layers)
        {
            x = layer.Forward(x);
        }

        return x;
    }
}
