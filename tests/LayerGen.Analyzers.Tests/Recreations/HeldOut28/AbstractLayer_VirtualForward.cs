// HeldOut28. Idiom: an abstract base layer with a virtual Forward, derived layers overriding it, protected fields and a
// protected static row helper shared by base and derived class.
// Use: classifier head after a dense layer. Layout: row-major double[batch, classes]. Correct.
using System;

namespace LayerGen.HeldOut28.AbstractLayer_VirtualForward;

/// <summary>Base of every layer: remembers the shape and the last output.</summary>
public abstract class Layer
{
    protected int BatchSize;
    protected int Width;
    protected double[,] LastOutput = new double[0, 0];

    public virtual double[,] Forward(double[,] input)
    {
        BatchSize = input.GetLength(0);
        Width = input.GetLength(1);
        LastOutput = new double[BatchSize, Width];
        return LastOutput;
    }

    /// <summary>The largest value of one row.</summary>
    protected static double RowMax(double[,] m, int row)
    {
        var best = m[row, 0];
        for (var c = 1; c < m.GetLength(1); c++)
        {
            best = Math.Max(best, m[row, c]);
        }

        return best;
    }
}

/// <summary>A dense layer without bias, for a realistic stack.</summary>
public sealed class ScaleLayer(double factor) : Layer
{
    public override double[,] Forward(double[,] input)
    {
        var output = base.Forward(input);
        for (var b = 0; b < BatchSize; b++)
        {
            for (var c = 0; c < Width; c++)
            {
                output[b, c] = input[b, c] * factor;
            }
        }

        return output;
    }
}

/// <summary>Softmax over the classes of each sample.</summary>
public sealed class SoftmaxLayer : Layer
{
    public override double[,] Forward(double[,] input)
    {
        var output = base.Forward(input);
        for (var b = 0; b < BatchSize; b++)
        {
            var max = RowMax(input, b);
            var sum = 0.0;
            for (var c = 0; c < Width; c++)
            {
                output[b, c] = Math.Exp(input[b, c] - max);
                sum += output[b, c];
            }

            for (var c = 0; c < Width; c++)
            {
                output[b, c] /= sum;
            }
        }

        return output;
    }
}
