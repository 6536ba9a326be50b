// Re-creates the shape of the measurement update of a grid (histogram) Bayes filter for localisation (Thrun, Burgard &
// Fox, "Probabilistic Robotics" ch. 4; the log-odds grid filters of robotics course code): per robot, the posterior
// over map cells = normalise(exp(log prior + log likelihood)).
// Layout: rank-3 double[robots, H, W]; the softmax runs over two axes (h, w) of each robot's grid.
// Correct: the max and the sum run over one robot's H x W cells.
using System;

namespace HeldOut11;

public static class HistogramFilter_RobotGrids
{
    public static void MeasurementUpdate(double[,,] logPrior, double[,,] logLikelihood, double[,,] belief)
    {
        int robots = logPrior.GetLength(0);
        int height = logPrior.GetLength(1);
        int width = logPrior.GetLength(2);
        for (int r = 0; r < robots; r++)
        {
            double peak = double.NegativeInfinity;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    belief[r, y, x] = logPrior[r, y, x] + logLikelihood[r, y, x];
                    peak = Math.Max(peak, belief[r, y, x]);
                }
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
