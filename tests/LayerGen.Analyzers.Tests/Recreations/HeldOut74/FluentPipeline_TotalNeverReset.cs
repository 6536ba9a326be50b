// known gap: a normalising stage method with no exp, over a field exponentiated by another stage method, is not a softmax site; with the exp in the same method it is found
// gap: -LG0002@65
// Idiom: a fluent API over a matrix — `new MatrixFlow(x).ShiftRows().Exponentiate().Normalise().Result`; stages
// mutate a cloned `double[,]` field and return `this`; the result is a get-only property.
// Use: a tensor-ops pipeline used to write the softmax stage by stage.
// Layout: double[batch, classes], row-major 2D array.
// Bug: LG0002 — in `Normalise` the `total` is declared above the row loop and never reset, so row r is divided by the
// sum of rows 0..r.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.FluentPipeline_TotalNeverReset;

public sealed class MatrixFlow
{
    private readonly double[,] _m;

    public MatrixFlow(double[,] logits) => _m = (double[,])logits.Clone();

    public double[,] Result => _m;

    public MatrixFlow ShiftRows()
    {
        for (int r = 0; r < _m.GetLength(0); r++)
        {
            double top = _m[r, 0];
            for (int c = 1; c < _m.GetLength(1); c++)
            {
                if (_m[r, c] > top)
                {
                    top = _m[r, c];
                }
            }

            for (int c = 0; c < _m.GetLength(1); c++)
            {
                _m[r, c] -= top;
            }
        }

        return this;
    }

    public MatrixFlow Exponentiate()
    {
        for (int r = 0; r < _m.GetLength(0); r++)
        {
            for (int c = 0; c < _m.GetLength(1); c++)
            {
                _m[r, c] = Math.Exp(_m[r, c]);
            }
        }

        return this;
    }

    public MatrixFlow Normalise()
    {
        double total = 0;
        for (int r = 0; r < _m.GetLength(0); r++)
        {
            for (int c = 0; c < _m.GetLength(1); c++)
            {
                total += _m[r, c]; //~ LG0002
            }

            for (int c = 0; c < _m.GetLength(1); c++)
            {
                _m[r, c] /= total;
            }
        }

        return this;
    }
}
