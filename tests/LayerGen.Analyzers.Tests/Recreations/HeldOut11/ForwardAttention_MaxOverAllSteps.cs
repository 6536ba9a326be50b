// known gap: the whole-batch max is reported on the if comparison line of 'if (e > top) top = e' rather than on the assignment that folds it
// gap: -LG0001@23 +LG0001@22
// Re-creates the shape of forward attention for TTS alignment (Zhang, Ling & Dai 2018, "Forward attention in
// sequence-to-sequence acoustic modelling"; the ForwardAttention option of Mozilla/Coqui TTS): per decoder step t,
// y_t = softmax over encoder positions of the energies, then alpha_t(n) = (alpha_{t-1}(n) + alpha_{t-1}(n-1)) * y_t(n)
// renormalised.
// Layout: float[steps, encoder] energies; one pass over all steps for the shift before the step loop.
// Bug (LG0001): the shift is the max over the energies of every decoder step, not of the step's own row.
using System;

namespace HeldOut11;

public static class ForwardAttention_MaxOverAllSteps
{
    public static void Align(float[,] energy, float[,] y, float[,] alpha)
    {
        int steps = energy.GetLength(0);
        int encoder = energy.GetLength(1);
        float top = float.NegativeInfinity;
        for (int t = 0; t < steps; t++)
            for (int n = 0; n < encoder; n++)
                if (energy[t, n] > top)
                    top = energy[t, n]; //~ LG0001
        for (int t = 0; t < steps; t++)
        {
            float z = 0f;
            for (int n = 0; n < encoder; n++)
            {
                y[t, n] = MathF.Exp(energy[t, n] - top);
                z += y[t, n];
            }
            for (int n = 0; n < encoder; n++)
                y[t, n] /= z;

            float norm = 0f;
            for (int n = 0; n < encoder; n++)
            {
                float previous = t == 0 ? (n == 0 ? 1f : 0f) : alpha[t - 1, n] + (n > 0 ? alpha[t - 1, n - 1] : 0f);
                alpha[t, n] = previous * y[t, n];
                norm += alpha[t, n];
            }
            for (int n = 0; n < encoder; n++)
                alpha[t, n] = norm > 0f ? alpha[t, n] / norm : 0f;
        }
    }
}
