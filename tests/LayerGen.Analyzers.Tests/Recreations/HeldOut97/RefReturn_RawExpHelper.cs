// Idiom: a static ref-returning accessor At(buffer, r, c, n) used both to read and, through a ref local, to write.
// Use: a game's dialogue-choice model scoring several NPCs at once.
// Layout: flat double[batch * classes], row-major, addressed through ref returns; softmax over each row.
// Bug (LG0003): the exponential is taken of the raw logit At(x, r, c, classes), no maximum subtracted, then normalised
// by the row's sum (∞/∞ = NaN above ~709).
// Our own code.
#nullable enable
using System;

namespace HeldOut97.RefReturn_RawExpHelper;

public static class DialogueModel
{
    private static ref double At(double[] buffer, int r, int c, int n) => ref buffer[r * n + c];

    public static double[] Softmax(double[] x, int batch, int classes)
    {
        var y = new double[x.Length];
        for (int r = 0; r < batch; r++)
        {
            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                ref double slot = ref At(y, r, c, classes);
                slot = Math.Exp(At(x, r, c, classes)); //~ LG0003
                sum += slot;
            }

            for (int c = 0; c < classes; c++)
                At(y, r, c, classes) /= sum;
        }

        return y;
    }
}
