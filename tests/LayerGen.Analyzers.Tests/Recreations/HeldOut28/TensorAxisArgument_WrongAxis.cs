// HeldOut28. Idiom: a strided Tensor class (flat data, Shape and Strides arrays, [i, j] indexer) with reductions taking
// an axis argument, MaxAlong(axis) and SumAlong(axis), ND4J's x.max(dim) style; each is right for the axis it is given.
// Use: per-sample class probabilities of a batch. Layout: flat row-major [batch, classes] with strides (classes, 1).
// Bug LG0004: the softmax reduces the max along axis 0 (one peak per class over the batch) and the sum along axis 1
// (per sample): the max is passed the wrong axis.
using System;

namespace LayerGen.HeldOut28.TensorAxisArgument_WrongAxis;

/// <summary>A 2-D strided tensor.</summary>
public sealed class Tensor
{
    public Tensor(int rows, int columns)
    {
        Shape = [rows, columns];
        Strides = [columns, 1];
        Data = new float[rows * columns];
    }

    public int[] Shape { get; }

    public int[] Strides { get; }

    public float[] Data { get; }

    public float this[int i, int j]
    {
        get => Data[(i * Strides[0]) + (j * Strides[1])];
        set => Data[(i * Strides[0]) + (j * Strides[1])] = value;
    }

    /// <summary>The max over <paramref name="axis"/>: one value per index of the other axis.</summary>
    public float[] MaxAlong(int axis)
    {
        var other = 1 - axis;
        var result = new float[Shape[other]];
        for (var o = 0; o < Shape[other]; o++)
        {
            var best = float.NegativeInfinity;
            for (var a = 0; a < Shape[axis]; a++)
            {
                var v = axis == 0 ? this[a, o] : this[o, a];
                best = MathF.Max(best, v);
            }

            result[o] = best;
        }

        return result;
    }

    /// <summary>The sum over <paramref name="axis"/>: one value per index of the other axis.</summary>
    public float[] SumAlong(int axis)
    {
        var other = 1 - axis;
        var result = new float[Shape[other]];
        for (var o = 0; o < Shape[other]; o++)
        {
            var total = 0f;
            for (var a = 0; a < Shape[axis]; a++)
            {
                total += axis == 0 ? this[a, o] : this[o, a];
            }

            result[o] = total;
        }

        return result;
    }
}

/// <summary>Softmax over the classes of each sample.</summary>
public static class Activations
{
    public static Tensor Softmax(Tensor logits)
    {
        var (rows, columns) = (logits.Shape[0], logits.Shape[1]);
        var max = logits.MaxAlong(0); //~ LG0004
        var exps = new Tensor(rows, columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                exps[i, j] = MathF.Exp(logits[i, j] - max[j]);
            }
        }

        var sums = exps.SumAlong(1);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                exps[i, j] /= sums[i];
            }
        }

        return exps;
    }
}
