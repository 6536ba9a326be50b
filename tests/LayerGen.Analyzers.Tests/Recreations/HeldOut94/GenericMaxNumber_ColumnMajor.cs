// Idiom: generic math with the NaN-ignoring `T.MaxNumber` fold seeded by `T.MinValue` (`IMinMaxValue<T>`), sum via
// `T.Exp`, one kernel instantiated for float and double.
// Use: per-sample class probabilities for a column-major score matrix. Layout: `T[classes, batch]`, sample b is column b.
// Correct.
// Our own code.
using System.Numerics;

namespace HeldOut94.GenericMaxNumber_ColumnMajor;

public static class ColumnSoftmax
{
    public static T[,] Columns<T>(T[,] scores)
        where T : IFloatingPointIeee754<T>, IMinMaxValue<T>
    {
        int classes = scores.GetLength(0);
        int batch = scores.GetLength(1);
        var probs = new T[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            T top = T.MinValue;
            for (int c = 0; c < classes; c++)
            {
                top = T.MaxNumber(top, scores[c, b]);
            }

            T z = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                T e = T.Exp(scores[c, b] - top);
                probs[c, b] = e;
                z += e;
            }

            T inv = T.One / z;
            for (int c = 0; c < classes; c++)
            {
                probs[c, b] *= inv;
            }
        }

        return probs;
    }

    public static float[,] Single(float[,] scores) => Columns(scores);

    public static double[,] Double(double[,] scores) => Columns(scores);
}
