// Idiom: C# 14 partial constructor (declaring and implementing parts) and a partial event; the constructor normalises
// squashed preferences.
// Use: policy head whose preferences are squashed by 4·tanh before the softmax.
// Layout: float[batch, actions], softmax per row.
// Correct: the exponent 4·tanh(p) lies in [-4, 4], so exp cannot overflow or underflow to 0 without a max (bounded).
// Our own code.
#nullable enable
using System;

namespace HeldOut73.PartialConstructor_BoundedPolicy;

public partial class Policy
{
    public float[,] Probabilities { get; }

    public partial Policy(float[,] preferences);

    public partial event Action<int>? RowNormalised;
}

public partial class Policy
{
    private Action<int>? rowNormalised;

    public partial Policy(float[,] preferences)
    {
        int rows = preferences.GetLength(0), cols = preferences.GetLength(1);
        var p = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float z = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[r, c] = MathF.Exp(4f * MathF.Tanh(preferences[r, c]));
                z += p[r, c];
            }

            for (int c = 0; c < cols; c++) p[r, c] /= z;
            rowNormalised?.Invoke(r);
        }

        Probabilities = p;
    }

    public partial event Action<int>? RowNormalised
    {
        add => rowNormalised += value;
        remove => rowNormalised -= value;
    }
}
