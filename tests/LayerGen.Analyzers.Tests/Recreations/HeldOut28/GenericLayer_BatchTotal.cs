// HeldOut28. Idiom: a generic base class Layer<T> with a protected Activations matrix and a template method Run that
// calls the derived class's protected abstract Compute; the softmax layer writes exps in one pass and divides in a
// second pass.
// Use: attention-pooling weights over a batch of items. Layout: rectangular T[batch, width], T : IFloatingPointIeee754<T>.
// Bug LG0002: the denominator is declared above the row loop and accumulates every row's exps (one total for the batch).
using System;
using System.Numerics;

namespace LayerGen.HeldOut28.GenericLayer_BatchTotal;

/// <summary>Base of the generic layers: keeps the last activations.</summary>
public abstract class Layer<T>
    where T : IFloatingPointIeee754<T>
{
    protected T[,] Activations = new T[0, 0];

    public T[,] Run(T[,] input)
    {
        Activations = new T[input.GetLength(0), input.GetLength(1)];
        Compute(input);
        return Activations;
    }

    protected abstract void Compute(T[,] input);
}

/// <summary>Softmax of every row.</summary>
public sealed class SoftmaxLayer<T> : Layer<T>
    where T : IFloatingPointIeee754<T>
{
    protected override void Compute(T[,] input)
    {
        var rows = input.GetLength(0);
        var width = input.GetLength(1);
        var total = T.Zero;
        for (var r = 0; r < rows; r++)
        {
            var rowMax = input[r, 0];
            for (var c = 1; c < width; c++)
            {
                rowMax = T.Max(rowMax, input[r, c]);
            }

            for (var c = 0; c < width; c++)
            {
                Activations[r, c] = T.Exp(input[r, c] - rowMax);
                total += Activations[r, c]; //~ LG0002
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                Activations[r, c] /= total;
            }
        }
    }
}
