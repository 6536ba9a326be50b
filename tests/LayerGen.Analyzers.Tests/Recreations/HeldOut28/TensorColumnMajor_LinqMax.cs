// known gap: missed: Data.Max() over the backing array is not connected with exps read through the class's own indexer this[k, j]
// gap: -LG0001@31
// HeldOut28. Idiom: a Tensor2D class owning a column-major float[] Data with Classes/Batch properties and an instance
// SoftmaxColumns method; the shift is taken with LINQ over the class's own storage.
// Use: scores of a one-vs-all layer, Z = W·X with examples as columns. Layout: column-major flat [classes, batch].
// Bug LG0001: Data.Max() is the peak of every example's scores, subtracted from each column.
using System;
using System.Linq;

namespace LayerGen.HeldOut28.TensorColumnMajor_LinqMax;

/// <summary>A [classes, batch] tensor, column-major.</summary>
public sealed class Tensor2D(int classes, int batch)
{
    public int Classes { get; } = classes;

    public int Batch { get; } = batch;

    public float[] Data { get; } = new float[classes * batch];

    public float this[int k, int example]
    {
        get => Data[(example * Classes) + k];
        set => Data[(example * Classes) + k] = value;
    }

    /// <summary>Softmax down every column.</summary>
    public Tensor2D SoftmaxColumns()
    {
        var result = new Tensor2D(Classes, Batch);
        var max = Data.Max(); //~ LG0001
        for (var j = 0; j < Batch; j++)
        {
            var denominator = 0f;
            for (var k = 0; k < Classes; k++)
            {
                var e = MathF.Exp(this[k, j] - max);
                result[k, j] = e;
                denominator += e;
            }

            for (var k = 0; k < Classes; k++)
            {
                result[k, j] /= denominator;
            }
        }

        return result;
    }
}
