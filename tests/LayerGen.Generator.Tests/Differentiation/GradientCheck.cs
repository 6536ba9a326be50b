namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Central-difference gradient check in double of a compiled layer's BackwardRow: the loss is ⟨w, ForwardRow(x, p)⟩ with
/// random w (so dy = w), a fourth-order central difference with h = 1e-5 · max(1, |value|)
/// (<see cref="CentralDifference"/>), and each entry must agree to 1e-6 relative with an absolute floor of
/// 1e-8 · (1 + Σ|y|) for the rounding of the loss itself.
/// </summary>
internal static class GradientCheck
{
    public static void Verify(CompiledLayer<double> layer, double[] x, double[][] parameters, int seed)
    {
        var random = new Random(seed);
        double[] w = Enumerable.Range(0, layer.Outputs).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        (double[] dx, double[][] gradients) = layer.Gradients(x, w, parameters);
        double[] y = Forward(layer, x, parameters);
        double scale = 1 + y.Sum(Math.Abs);

        // The recording pair computes exactly what BackwardRow does, and its forward exactly what the batch Forward runs
        // (ForwardRowsVectorized when a loop runs on lanes), which is ForwardRow up to the rounding of lane sums and exp.
        (double[] recordedY, double[] tapeDx, double[][] tapeGradients) = layer.GradientsFromTape(x, w, parameters);
        var engineY = new double[layer.Outputs];
        layer.EngineForward(x, engineY, parameters);
        Assert.Equal(engineY, recordedY);
        for (int i = 0; i < y.Length; i++)
        {
            Assert.True(Math.Abs(engineY[i] - y[i]) <= 1e-12 * scale || (double.IsNaN(engineY[i]) && double.IsNaN(y[i])),
                $"vectorised forward y[{i}] = {engineY[i]:R}, ForwardRow's {y[i]:R}");
        }

        Assert.Equal(dx, tapeDx);
        Assert.Equal(gradients, tapeGradients);
        for (int i = 0; i < x.Length; i++)
        {
            double numeric = Numeric(layer, x, parameters, w, x, i);
            AssertClose(dx[i], numeric, scale, $"dx[{i}] at x = [{string.Join(", ", x)}]");
        }

        for (int p = 0; p < parameters.Length; p++)
        {
            for (int i = 0; i < parameters[p].Length; i++)
            {
                double numeric = Numeric(layer, x, parameters, w, parameters[p], i);
                AssertClose(gradients[p][i], numeric, scale, $"gradient of parameter {p} [{i}]");
            }
        }
    }

    /// <summary>
    /// Compiles <paramref name="members"/> as a double layer and verifies it on every row kind of <see cref="Rows"/> (13
    /// as seed), with random learnable parameters in [-0.5, 1.5).
    /// </summary>
    public static void VerifyRows(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true)
    {
        parameterLengths ??= [];
        CompiledLayer<double> layer = DifferentiationHarness.Compile<double>(members, inputs, outputs, parameterLengths);
        var random = new Random(5);
        int seed = 0;
        foreach (double[] x in Rows(inputs, 13, large, ties))
        {
            double[][] parameters = parameterLengths.Select(n => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2) - 0.5).ToArray()).ToArray();
            Verify(layer, x, parameters, seed++);
        }
    }

    public static double[] Forward(CompiledLayer<double> layer, double[] x, double[][] parameters)
    {
        var y = new double[layer.Outputs];
        layer.Forward(x, y, parameters);
        return y;
    }

    private static double Numeric(CompiledLayer<double> layer, double[] x, double[][] parameters, double[] w, double[] target, int index) =>
        CentralDifference(target, index, () => Dot(w, Forward(layer, x, parameters)));

    /// <summary>
    /// ∂loss/∂target[index] by the fourth-order central difference (f(−2h) − 8f(−h) + 8f(h) − f(2h)) / 12h with
    /// h = 1e-5 · max(1, |value|). The two-point difference's error h²·f‴/6 is about 1e-6 relative for a layer whose
    /// output turns fast (SIREN's sin(30·(w·x + b)) at |x| ≈ 7: h ≈ 7e-5, f‴ ≈ 33³·f′/33); this one's is h⁴·f⁽⁵⁾/30,
    /// far below the 1e-6 tolerance, with the same rounding error (ε·|loss|/h).
    /// </summary>
    internal static double CentralDifference(double[] target, int index, Func<double> loss)
    {
        double saved = target[index];
        double h = 1e-5 * Math.Max(1, Math.Abs(saved));
        double At(double offset)
        {
            target[index] = saved + offset;
            return loss();
        }

        double plus = At(h), minus = At(-h), plus2 = At(2 * h), minus2 = At(-2 * h);
        target[index] = saved;
        return ((8 * (plus - minus)) - (plus2 - minus2)) / (12 * h);
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void AssertClose(double analytic, double numeric, double scale, string what)
    {
        double error = Math.Abs(analytic - numeric);
        double allowed = 1e-6 * Math.Max(Math.Abs(analytic), Math.Abs(numeric)) + 1e-8 * scale;
        // An infinite entry would get an infinite allowance (∞ ≤ ∞): the error must be finite too.
        Assert.True(double.IsFinite(error) && error <= allowed, $"{what}: analytic {analytic:R}, numeric {numeric:R}, error {error:E3} > {allowed:E3}");
    }

    /// <summary>Rows: N(0, 1)·3, negative only, large (±1000), and rows with ties at the maximum.</summary>
    public static IEnumerable<double[]> Rows(int length, int seed, bool large = true, bool ties = true)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        for (int r = 0; r < 3; r++)
        {
            yield return Enumerable.Range(0, length).Select(_ => 3 * Gaussian()).ToArray();
        }

        yield return Enumerable.Range(0, length).Select(_ => -Math.Abs(3 * Gaussian()) - 1).ToArray();
        if (large)
        {
            yield return Enumerable.Range(0, length).Select(_ => 1000 * (random.NextDouble() * 2 - 1)).ToArray();
        }

        if (ties)
        {
            double[] tied = Enumerable.Range(0, length).Select(_ => Gaussian()).ToArray();
            if (length >= 2)
            {
                tied[0] = tied[length - 1] = 4;
            }

            yield return tied;
        }
    }
}
