// Re-creates the shape of the measurement update of a grid (histogram) Bayes filter for localisation (Thrun, Burgard &
// Fox, "Probabilistic Robotics" ch. 4; the log-odds grid filters of robotics course code): per robot, the posterior
// over map cells = normalise(exp(log prior + log likelihood)).
// Layout: rank-3 double[robots, H, W]; log posteriors written into the output first.
// Bug (LG0001): the shift is one max over every robot's grid, not over the robot's own H x W cells.
using System;

namespace HeldOut11;

public static class HistogramFilter_MaxOverFleet
{
    public static void MeasurementUpdate(double[,,] logPrior, double[,,] logLikelihood, double[,,] belief)
    {
        int robots = logPrior.GetLength(0);
        int height = logPrior.GetLength(1);
        int width = logPrior.GetLength(2);
        double peak = double.NegativeInfinity;
        for (int r = 0; r < robots; r++)
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    belief[r, y, x] = logPrior[r, y, x] + logLikelihood[r, y, x];
                    peak = Math.Max(peak, belief[r, y, x]); //~ LG0001
                }
        for (int r = 0; r < robots; r++)
        {
            double eta = 0.0;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    belief[r, y, x] = Math.Exp(belief[r, y, x] - peak);
                    eta += belief[r, y, x];
                }
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                    belief[r, y, x] /= eta;
        }
    }
}
