using System.Globalization;

namespace LayerGen.Benchmarks;

/// <summary>
/// Runs every implementation once on a shape's data and compares it with the double reference, so a benchmark
/// never times a wrong kernel. Outputs are filled with NaN first: an entry left unwritten fails the check.
/// </summary>
public static class SelfCheck
{
    /// <summary>Allowed |got − expected| / max(1, |expected|) for float kernels on standard normal data.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>The outcome for one implementation, direction and shape.</summary>
    public sealed record Result(string Direction, string Name, int Rows, int Cols, double MaxError)
    {
        /// <summary>True when the error is within <see cref="Tolerance"/> and not NaN.</summary>
        public bool Passed => MaxError <= Tolerance;
    }

    /// <summary>Checks all implementations on <paramref name="data"/>.</summary>
    public static List<Result> Run(BenchmarkData data)
    {
        var results = new List<Result>();
        var output = new float[data.Logits.Length];
        foreach ((string name, ForwardKernel kernel) in Implementations.Forward(data.Cols))
        {
            Array.Fill(output, float.NaN);
            kernel(data.Logits, output, data.Cols);
            results.Add(new Result("Forward", name, data.Rows, data.Cols, MaxError(output, data.ExpectedProbabilities)));
        }

        foreach ((string name, BackwardKernel kernel) in Implementations.Backward(data.Cols))
        {
            Array.Fill(output, float.NaN);
            kernel(data.Probabilities, data.Gradient, output, data.Cols);
            results.Add(new Result("Backward", name, data.Rows, data.Cols, MaxError(output, data.ExpectedInputGradient)));
        }

        return results;
    }

    /// <summary>Runs the check and throws if any implementation is wrong (used by the benchmarks' global setup).</summary>
    public static void RunOrThrow(BenchmarkData data)
    {
        List<Result> failed = Run(data).FindAll(r => !r.Passed);
        if (failed.Count > 0)
        {
            string list = string.Join(", ", failed.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Direction} {r.Name} (max error {r.MaxError:G3})")));
            throw new InvalidOperationException($"Self-check failed at {data.Rows}x{data.Cols}: {list}.");
        }
    }

    private static double MaxError(float[] got, double[] expected)
    {
        double max = 0;
        for (int i = 0; i < got.Length; i++)
        {
            double error = Math.Abs(got[i] - expected[i]) / Math.Max(1.0, Math.Abs(expected[i]));
            if (double.IsNaN(error))
            {
                return double.NaN;
            }

            max = Math.Max(max, error);
        }

        return max;
    }
}
