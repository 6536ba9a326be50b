// Idiom: a `ulong` bitmask per row, walked bit by bit with TrailingZeroCount and `bits &= bits - 1`.
// Use: sparse attention rows (at most 64 keys) where only set bits are attended.
// Layout: float[rows, cols] (cols <= 64), ulong[rows] live bits.
// Correct: the max and the sum of row r run over the set bits of live[r] only; clear bits get 0.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut84.UlongBitmask_SetBits;

public static class SparseRows
{
    public static float[,] Softmax(float[,] x, ulong[] live)
    {
        int rows = x.GetLength(0);
        var y = new float[rows, x.GetLength(1)];
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            for (ulong bits = live[r]; bits != 0; bits &= bits - 1)
            {
                int j = BitOperations.TrailingZeroCount(bits);
                m = MathF.Max(m, x[r, j]);
            }

            float z = 0f;
            for (ulong bits = live[r]; bits != 0; bits &= bits - 1)
            {
                int j = BitOperations.TrailingZeroCount(bits);
                y[r, j] = MathF.Exp(x[r, j] - m);
                z += y[r, j];
            }

            for (ulong bits = live[r]; bits != 0; bits &= bits - 1)
                y[r, BitOperations.TrailingZeroCount(bits)] /= z;
        }
        return y;
    }
}
