// Re-creation (our own code) of the 1D softmax of a C# minGPT port (ActivationFunctions.Softmax, namespace mingpt6)
// with the shifted logit held in a local before the exp: `double z = logits[i] - maxLogit; exps[i] = Math.Exp(z);`.
// Layout: 1D double[]; shift through a local temporary. Correct.
using System;

namespace HeldOut.LocalTempShift;

public static class ActivationFunctions
{
    public static double[] Softmax(double[] logits)
    {
        double maxLogit = double.MinValue;
        foreach (double logit in logits)
        {
            if (logit > maxLogit)
            {
                maxLogit = logit;
            }
        }

        var exps = new double[logits.Length];
        double sumExp = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            double z = logits[i] - maxLogit;
            exps[i] = Math.Exp(z);
            sumExp += exps[i];
        }

        for (int i = 0; i < exps.Length; i++)
        {
            exps[i] /= sumExp;
        }

        return exps;
    }
}
