// Idiom: a port of a scikit-learn-like `predict_proba` with a `temperature` property (Java getter/setter pair
// `getTemperature()`/`setTemperature(double)`) dividing the raw decision values before exp, jagged rows.
// Use: calibrated per-sample class probabilities. Layout: double[][]; Math.Exp.
// Bug LG0003: `Math.Exp(decision[k] / T)` is unshifted; temperature scaling does not bound the exponent.
// Our own code.
using System;

namespace HeldOut91.BoundedLogits_TemperatureRaw;

public sealed class TemperatureScaler
{
    private double temperature = 1.0;

    public double getTemperature() { return temperature; }
    public void setTemperature(double value) { temperature = value; }

    public double[][] predictProba(double[][] decision)
    {
        double[][] proba = new double[decision.Length][];
        for (int i = 0; i < decision.Length; i++)
        {
            double[] d = decision[i];
            double[] p = new double[d.Length];
            double norm = 0;
            for (int k = 0; k < d.Length; k++)
            {
                p[k] = Math.Exp(d[k] / getTemperature()); //~ LG0003
                norm += p[k];
            }
            for (int k = 0; k < d.Length; k++) p[k] /= norm;
            proba[i] = p;
        }
        return proba;
    }
}
