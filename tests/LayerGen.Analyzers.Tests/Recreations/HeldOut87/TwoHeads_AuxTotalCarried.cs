// Idiom: class head and auxiliary head (different widths) of one network, both normalised in one batch loop.
// Use: multi-task model (main label head + auxiliary attribute head), double precision.
// Layout: main head flat double[batch · classes] row-major (offset n · classes); aux head jagged double[batch][aux].
// Bug: LG0002 — the aux head's normaliser `auxNorm` is declared above the batch loop and never reset, so it sums the
//      exps of every sample seen so far; the main head is per sample.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut87.TwoHeads_AuxTotalCarried;

public static class MultiTaskHeads
{
    public static void Heads(double[] main, int classes, double[][] aux, double[] mainOut, double[][] auxOut)
    {
        int batch = aux.Length;
        double auxNorm = 0.0;
        for (int n = 0; n < batch; n++)
        {
            int row = n * classes;
            double top = double.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                if (main[row + j] > top) top = main[row + j];
            }

            double total = 0.0;
            for (int j = 0; j < classes; j++) total += mainOut[row + j] = Math.Exp(main[row + j] - top);
            for (int j = 0; j < classes; j++) mainOut[row + j] /= total;

            double[] z = aux[n];
            double zTop = z.Max();
            for (int j = 0; j < z.Length; j++)
            {
                auxOut[n][j] = Math.Exp(z[j] - zTop);
                auxNorm += auxOut[n][j]; //~ LG0002
            }

            for (int j = 0; j < z.Length; j++) auxOut[n][j] /= auxNorm;
        }
    }
}
