using System.Globalization;

namespace LayerGen.Benchmarks;

/// <summary>
/// The <c>--check</c> command: runs <see cref="SelfCheck"/> on every benchmark shape and prints a markdown table
/// (the report writer copies it into docs/benchmarks.md), plus what each forward does with large logits.
/// </summary>
public static class CheckCommand
{
    /// <summary>The benchmark shapes (rows, cols).</summary>
    public static readonly (int Rows, int Cols)[] Shapes = [(100_000, 10), (20_000, 64), (4096, 1024)];

    /// <summary>Runs the checks; returns 0 when all pass, else 1.</summary>
    public static int Run(TextWriter output)
    {
        bool allPassed = true;
        output.WriteLine("| Direction | Implementation | Shape | Max error | Result |");
        output.WriteLine("|---|---|---|---:|---|");
        foreach ((int rows, int cols) in Shapes)
        {
            foreach (SelfCheck.Result result in SelfCheck.Run(BenchmarkData.For(rows, cols)))
            {
                allPassed &= result.Passed;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {result.Direction} | {result.Name} | {result.Rows}x{result.Cols} | {result.MaxError:0.0e+0} | {(result.Passed ? "pass" : "FAIL")} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("Max error = max |got − expected| / max(1, |expected|) against a double-precision reference; tolerance "
            + SelfCheck.Tolerance.ToString("0e+0", CultureInfo.InvariantCulture) + ".");
        output.WriteLine();
        WriteLargeLogits(output);
        return allPassed ? 0 : 1;
    }

    private static void WriteLargeLogits(TextWriter output)
    {
        // One row of 10 logits 100, 101, …, 109: exp overflows float above ~88.7 without max subtraction.
        float[] logits = new float[10];
        for (int j = 0; j < logits.Length; j++)
        {
            logits[j] = 100f + j;
        }

        double exactLast = 1.0 / Enumerable.Range(0, 10).Sum(k => Math.Exp(-k));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Large logits, one row 100, 101, ..., 109 (exact: last entry {exactLast:0.000000}, row sum 1):"));
        output.WriteLine();
        foreach ((string name, ForwardKernel kernel) in Implementations.Forward(logits.Length))
        {
            var y = new float[logits.Length];
            kernel(logits, y, logits.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {name}: last entry {y[^1]:0.000000}, row sum {y.Sum():0.000000}"));
        }

        output.WriteLine();
    }
}
