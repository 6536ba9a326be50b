// Idiom: kernel pipeline object with the reduction results held in fields; the host loop launches MaxKernel, SumKernel
// and NormalizeKernel for one row after another.
// Use: softmax forward of a 2D activation array in a tiny compute runtime.
// Layout: float[batch, classes] (2D array), rows are samples.
// Bug (LG0001): the max field is initialised once in the constructor and MaxKernel only ever raises it, so the max of
// row r is the max over rows 0..r (never reset per row); a row far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.FieldPipeline_RunningMaxField;

public sealed class RowKernelPipeline
{
    private readonly float[,] _x;
    private readonly float[,] _y;
    private float _max = float.NegativeInfinity;
    private float _sum;

    public RowKernelPipeline(float[,] x)
    {
        _x = x;
        _y = new float[x.GetLength(0), x.GetLength(1)];
    }

    public float[,] Run()
    {
        for (int row = 0; row < _x.GetLength(0); row++)
        {
            MaxKernel(row);
            SumKernel(row);
            NormalizeKernel(row);
        }

        return _y;
    }

    private void MaxKernel(int row)
    {
        for (int c = 0; c < _x.GetLength(1); c++)
        {
            if (_x[row, c] > _max) _max = _x[row, c]; //~ LG0001
        }
    }

    private void SumKernel(int row)
    {
        _sum = 0f;
        for (int c = 0; c < _x.GetLength(1); c++)
        {
            _y[row, c] = MathF.Exp(_x[row, c] - _max);
            _sum += _y[row, c];
        }
    }

    private void NormalizeKernel(int row)
    {
        for (int c = 0; c < _x.GetLength(1); c++)
        {
            _y[row, c] /= _sum;
        }
    }
}
