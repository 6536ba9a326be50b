// Source: adamtiger/NNSharp NNSharp/Kernels/CPUKernels/SoftmaxKernel.cs:18, NNSharp/Kernels/CPUKernels/SigmoidKernel.cs:19
// (commit b7ab012f76b1) (re-created, not copied)
// Layout: a Keras-model inference library whose Data2D holds a 4-D buffer indexed [h, w, c, b] (height, width,
// channel, batch) through a user indexer. The softmax kernel runs over the channel axis c of the 1 × 1 map of each
// batch item b: a fresh sum per b of exp(x), then x = exp(x) / sum, no maximum. The sigmoid kernel beside it maps
// every element through a lambda (ApplyToAll), element-wise and not normalised.
// Label: SoftmaxLambda LG0003 ×2 (one per un-shifted exp); SigmoidLambda correct (look-alike).
using System;

namespace Recreations.Real57.AdamtigerNNSharp_SoftmaxKernelOverBatchedData2D;

/// <summary>The four extents of a Data2D.</summary>
internal readonly record struct Dimension(int h, int w, int c, int b);

/// <summary>A stand-in for NNSharp's Data2D: a dense [h, w, c, b] buffer behind an indexer.</summary>
internal sealed class Data2D(int h, int w, int c, int b)
{
    private readonly double[] _values = new double[h * w * c * b];

    public Dimension GetDimension() => new(h, w, c, b);

    public double this[int i, int j, int k, int l]
    {
        get => _values[((l * c + k) * w + j) * h + i];
        set => _values[((l * c + k) * w + j) * h + i] = value;
    }

    /// <summary>Replaces every element by <paramref name="map"/> of it.</summary>
    public void ApplyToAll(Func<double, double> map)
    {
        for (int n = 0; n < _values.Length; n++)
        {
            _values[n] = map(_values[n]);
        }
    }
}

/// <summary>The softmax kernel of a dense output.</summary>
internal sealed class SoftmaxKernel(Data2D data)
{
    public void Execute() => SoftmaxLambda(data);

    /// <summary>Softmax over the channels of each batch item, in place.</summary>
    public static void SoftmaxLambda(Data2D dat)
    {
        for (int b = 0; b < dat.GetDimension().b; ++b)
        {
            double sum = 0.0;
            for (int i = 0; i < dat.GetDimension().c; ++i)
            {
                sum += Math.Exp(dat[0, 0, i, b]); //~ LG0003
            }

            for (int i = 0; i < dat.GetDimension().c; ++i)
            {
                dat[0, 0, i, b] = Math.Exp(dat[0, 0, i, b]) / sum; //~ LG0003
            }
        }
    }
}

/// <summary>The logistic kernel.</summary>
internal sealed class SigmoidKernel(Data2D input)
{
    public Data2D Execute()
    {
        SigmoidLambda(input);
        return input;
    }

    /// <summary>The logistic of every element, in place.</summary>
    public static void SigmoidLambda(Data2D data)
    {
        data.ApplyToAll(p =>
        {
            return 1.0 / (1.0 + Math.Exp(-p));
        });
    }
}
