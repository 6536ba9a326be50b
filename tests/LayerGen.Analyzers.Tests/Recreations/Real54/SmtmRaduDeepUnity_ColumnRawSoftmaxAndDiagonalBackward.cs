// known gap: the un-shifted exp in Backward, whose exps and column sum feed (e·S − e²)/S² instead of e/S, is not reported (see README)
// gap: -LG0003@87
// Source: smtmRadu/DeepUnity Assets/DeepUnity/Modules/Activations/SoftMax.cs:8 (Forward), :31 (Backward) (an early stored version, Tensor with
// Shape; re-created, not copied)
// Layout: a 2-D tensor [features, batch] indexed input[i, j]; the softmax axis is the first index i, one column j
// at a time (column-major batch). Forward: exp of the raw input, per-column sum, divide. Backward: recomputes the
// same column softmax of its argument and returns (e·S − e²)/S² = p − p², the Jacobian's diagonal only.
// Label: Forward LG0003 (un-shifted exp); Backward LG0003 (un-shifted exp) + LG0007 (diagonal-only derivative).
using System;

namespace Recreations.SmtmRaduDeepUnity_ColumnRawSoftmaxAndDiagonalBackward;

/// <summary>Stand-in for the library's 2-D tensor: a shape and a row-major float buffer.</summary>
public sealed class Tensor
{
    private readonly float[] data;

    private Tensor(int[] shape)
    {
        Shape = shape;
        data = new float[shape[0] * shape[1]];
    }

    /// <summary>The two extents.</summary>
    public int[] Shape { get; }

    /// <summary>Element (i, j).</summary>
    public float this[int i, int j]
    {
        get => data[(i * Shape[1]) + j];
        set => data[(i * Shape[1]) + j] = value;
    }

    /// <summary>A zero tensor of the given shape.</summary>
    public static Tensor Zeros(int[] shape) => new((int[])shape.Clone());

    /// <summary>A copy.</summary>
    public Tensor Clone()
    {
        var copy = Zeros(Shape);
        Array.Copy(data, copy.data, data.Length);
        return copy;
    }
}

/// <summary>The softmax module: columns of a [features, batch] tensor.</summary>
public sealed class SoftMax
{
    /// <summary>The last forward input.</summary>
    public Tensor? InputCache { get; set; }

    /// <summary>Softmax of every column.</summary>
    public Tensor Forward(Tensor input)
    {
        InputCache = input.Clone();
        var shape = input.Shape;
        Tensor output = Tensor.Zeros(shape);
        for (int j = 0; j < shape[1]; j++)
        {
            float expSum = 0f;
            for (int i = 0; i < shape[0]; i++)
            {
                float e = MathF.Exp(input[i, j]); //~ LG0003
                output[i, j] = e;
                expSum += e;
            }

            for (int i = 0; i < shape[0]; i++)
            {
                output[i, j] /= expSum;
            }
        }

        return output;
    }

    /// <summary>The "derivative": p − p² of each column's softmax of the argument.</summary>
    public Tensor Backward(Tensor loss)
    {
        var shape = loss.Shape;
        Tensor back = Tensor.Zeros(shape);
        for (int j = 0; j < shape[1]; j++)
        {
            float expSum = 0f;
            for (int i = 0; i < shape[0]; i++)
            {
                float e = MathF.Exp(loss[i, j]); //~ LG0003
                back[i, j] = e;
                expSum += e;
            }

            for (int i = 0; i < shape[0]; i++)
            {
                float e = back[i, j];
                back[i, j] = ((e * expSum) - (e * e)) / (expSum * expSum); //~ LG0007
            }
        }

        return back;
    }
}
