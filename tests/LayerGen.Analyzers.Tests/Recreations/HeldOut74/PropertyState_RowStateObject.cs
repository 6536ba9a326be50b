// Idiom: per-row state held in properties of a helper object — `RowState.Peak`/`Mass` with private setters, `Begin()`
// resets them, `See(logit)` folds the peak, `Add(e)` accumulates the mass; the layer keeps one `RowState` in a field.
// Use: a stateful softmax layer that exposes its running statistics.
// Layout: float[batch, classes], row-major 2D array.
// Correct: `Begin()` resets peak and mass at the start of every row.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.PropertyState_RowStateObject;

public sealed class RowState
{
    public float Peak { get; private set; } = float.NegativeInfinity;

    public float Mass { get; private set; }

    public void Begin()
    {
        Peak = float.NegativeInfinity;
        Mass = 0f;
    }

    public void See(float logit)
    {
        if (logit > Peak)
        {
            Peak = logit;
        }
    }

    public float Add(float e)
    {
        Mass += e;
        return e;
    }
}

public sealed class StatefulSoftmax
{
    private readonly RowState _state = new();

    public float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            _state.Begin();
            for (int c = 0; c < cols; c++)
            {
                _state.See(x[r, c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] = _state.Add(MathF.Exp(x[r, c] - _state.Peak));
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= _state.Mass;
            }
        }

        return y;
    }
}
