// Re-creates: a batch softmax that keeps its running statistics in one (Max, Sum) tuple declared before the row
// loop; the max is re-seeded per row, the sum is not.
// Layout: flat [rows, cols] row-major; softmax axis = cols. float.
// Bug: LG0002 (tuple sum never reset per row).
using System;

namespace LayerGen.Recreations.HeldOut3.TupleStateSumNotReset;

public static class TupleSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        (float Max, float Sum) state = (float.MinValue, 0f);
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            state.Max = x[o];
            for (int c = 1; c < cols; c++)
            {
                if (x[o + c] > state.Max)
                {
                    state.Max = x[o + c];
                }
            }

            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(x[o + c] - state.Max);
                y[o + c] = e;
                state.Sum += e; //~ LG0002
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] /= state.Sum;
            }
        }
    }
}
