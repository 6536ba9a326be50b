// expect: gradient
// Holt-Winters additive smoothing (level, trend, season of period 4) over a row of 12 observations, with the three
// smoothing rates learnable through sigmoids; the output is each step's one-step-ahead forecast. Initial level/trend/
// season from the first two seasons, the season kept in a stackalloc buffer indexed by t % Period. Shape from
// statsmodels' ExponentialSmoothing recursions; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(12)]
public partial class HoltWintersAdditiveLearnableRates
{
    const int Period = 4;

    static double Sigmoid(double v) => 1.0 / (1.0 + Math.Exp(-v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = -1.0)] ReadOnlySpan<double> rateLogits)
    {
        double alpha = Sigmoid(rateLogits[0]);
        double beta = Sigmoid(rateLogits[1]);
        double gamma = Sigmoid(rateLogits[2]);

        double first = 0, second = 0;
        for (int j = 0; j < Period; j++)
        {
            first += x[j];
            second += x[Period + j];
        }
        double level = first / Period;
        double trend = (second - first) / (Period * Period);

        Span<double> season = stackalloc double[Period];
        for (int j = 0; j < Period; j++) season[j] = x[j] - level;

        for (int t = 0; t < x.Length; t++)
        {
            int s = t % Period;
            y[t] = level + trend + season[s];
            double newLevel = alpha * (x[t] - season[s]) + (1 - alpha) * (level + trend);
            trend = beta * (newLevel - level) + (1 - beta) * trend;
            season[s] = gamma * (x[t] - newLevel) + (1 - gamma) * season[s];
            level = newLevel;
        }
    }
}
