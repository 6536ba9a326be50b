using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LayerGen.Generator.Tests.Infrastructure;

namespace LayerGen.Generator.Tests.Differentiation.HeldOutCorpus;

/// <summary>
/// The generated layer of a held-out file through its public members (<c>new Layer()</c>, <c>Parameters</c>,
/// <c>Forward</c>, <c>Backward</c>, <c>ParameterGradients</c>) as a user calls them, checked row by row against central
/// differences in double with the tolerance of <see cref="GradientCheck"/>. Learnable parameters are drawn around
/// their declared <c>Initial</c> values (what <c>new Layer()</c> holds) ± <see cref="ParameterSpread"/>: a user's
/// layer is meant to be valid near its initial parameters, not for any value (soft exponential's α &lt; 0 branch is
/// NaN on ordinary rows once α is far below its Initial 0.01).
/// </summary>
internal static class HeldOutGradient
{
    /// <summary>Half-width of the uniform draw of each learnable parameter around its initial value.</summary>
    private const double ParameterSpread = 0.1;

    private static double[] DrawParameters(double[] initial, Random random) =>
        initial.Select(v => v + (ParameterSpread * ((random.NextDouble() * 2) - 1))).ToArray();

    /// <summary>Null when every entry of dx and of the parameter gradients agrees; otherwise the first disagreement.</summary>
    public static string? CheckDouble(HeldOutEvaluation.Built built, bool large, bool ties)
    {
        using Loaded<double> layer = Load<double>(built);
        var random = new Random(7);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(layer.Inputs, 11, large, ties))
        {
            double[] p = DrawParameters(layer.Initial, random);
            var rowRandom = new Random(seed++);
            double[] w = Enumerable.Range(0, layer.Outputs).Select(_ => (rowRandom.NextDouble() * 2) - 1).ToArray();
            (double[] dx, double[] g) = layer.Gradients(x, w, p);
            double[] y = layer.Run(x, p);
            double scale = 1 + y.Sum(Math.Abs);
            string row = "[" + string.Join(", ", x.Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture))) + "]";
            for (int i = 0; i < x.Length; i++)
            {
                string? wrong = Compare(dx[i], Numeric(layer, x, p, w, x, i), scale, $"dx[{i}] at x = {row}");
                if (wrong is not null)
                {
                    return wrong;
                }
            }

            for (int i = 0; i < p.Length; i++)
            {
                string? wrong = Compare(g[i], Numeric(layer, x, p, w, p, i), scale, $"parameter gradient [{i}] at x = {row}");
                if (wrong is not null)
                {
                    return wrong;
                }
            }
        }

        return null;
    }

    /// <summary>The float layer's dx and parameter gradients against its double twin's on the same (float-rounded) rows.</summary>
    public static string? CompareFloatWithDouble(HeldOutEvaluation.Built floatBuilt, HeldOutEvaluation.Built doubleBuilt, bool large, bool ties)
    {
        using Loaded<float> single = Load<float>(floatBuilt);
        using Loaded<double> twin = Load<double>(doubleBuilt);
        var random = new Random(7);
        foreach (double[] row in GradientCheck.Rows(single.Inputs, 11, large, ties))
        {
            float[] xf = Array.ConvertAll(row, v => (float)v);
            float[] pf = Array.ConvertAll(DrawParameters(twin.Initial, random), v => (float)v);
            float[] wf = Enumerable.Range(0, single.Outputs).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            (float[] dxf, float[] gf) = single.Gradients(xf, wf, pf);
            (double[] dxd, double[] gd) = twin.Gradients(Array.ConvertAll(xf, v => (double)v), Array.ConvertAll(wf, v => (double)v), Array.ConvertAll(pf, v => (double)v));
            double[] all = [.. dxd, .. gd];
            double typical = 1 + all.Select(Math.Abs).DefaultIfEmpty(0).Max();
            for (int i = 0; i < all.Length; i++)
            {
                double actual = i < dxf.Length ? dxf[i] : gf[i - dxf.Length];
                double error = Math.Abs(actual - all[i]);
                if (!(error <= (1e-3 * Math.Abs(all[i])) + (1e-4 * typical)))
                {
                    return $"float {(i < dxf.Length ? "dx" : "parameter gradient")}[{(i < dxf.Length ? i : i - dxf.Length)}] {actual:R} vs double {all[i]:R}";
                }
            }
        }

        return null;
    }

    private static double Numeric(Loaded<double> layer, double[] x, double[] p, double[] w, double[] target, int index) =>
        GradientCheck.CentralDifference(target, index, () => Dot(w, layer.Run(x, p)));

    private static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();

    /// <summary>
    /// Null when the two agree. An infinite analytic entry never agrees: its relative allowance would be infinite too
    /// (∞ ≤ ∞), so the error must be finite as well.
    /// </summary>
    private static string? Compare(double analytic, double numeric, double scale, string what)
    {
        double error = Math.Abs(analytic - numeric);
        double allowed = (1e-6 * Math.Max(Math.Abs(analytic), Math.Abs(numeric))) + (1e-8 * scale);
        return double.IsFinite(error) && error <= allowed ? null : $"{what}: analytic {analytic:R}, numeric {numeric:R}";
    }

    private static Loaded<T> Load<T>(HeldOutEvaluation.Built built)
    {
        string element = typeof(T) == typeof(float) ? "float" : "double";
        string adapter = $$"""
            public static class HeldOutAdapter
            {
                // Inputs and Outputs may be the layer's own (private) constants, which LayerGen then uses instead of emitting them.
                public static int[] Sizes() => [Size("Inputs"), Size("Outputs"), new global::{{built.TypeName}}().Parameters.Length];

                private static int Size(string name) => (int)typeof(global::{{built.TypeName}}).GetField(name,
                    global::System.Reflection.BindingFlags.Public | global::System.Reflection.BindingFlags.NonPublic | global::System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;

                public static double[] Initial() => global::System.Array.ConvertAll(new global::{{built.TypeName}}().Parameters.ToArray(), v => (double)v);

                public static void Forward({{element}}[] x, {{element}}[] y, {{element}}[] p)
                {
                    var layer = new global::{{built.TypeName}}();
                    p.AsSpan().CopyTo(layer.Parameters);
                    layer.Forward(x, y);
                }

                public static void Backward({{element}}[] x, {{element}}[] dy, {{element}}[] dx, {{element}}[] p, {{element}}[] g)
                {
                    var layer = new global::{{built.TypeName}}();
                    p.AsSpan().CopyTo(layer.Parameters);
                    layer.Backward(x, dy, dx);
                    layer.ParameterGradients.CopyTo(g);
                }
            }
            """;
        Compilation compilation = built.Output!.AddSyntaxTrees(CSharpSyntaxTree.ParseText("using System;\n" + adapter, GeneratorRunner.ParseOptions));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("HeldOut", isCollectible: true);
        Type type = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("HeldOutAdapter")!;
        int[] sizes = (int[])type.GetMethod("Sizes")!.Invoke(null, null)!;
        return new Loaded<T>(
            context,
            type.GetMethod("Forward")!.CreateDelegate<Action<T[], T[], T[]>>(),
            type.GetMethod("Backward")!.CreateDelegate<Action<T[], T[], T[], T[], T[]>>(),
            sizes[0],
            sizes[1],
            sizes[2],
            (double[])type.GetMethod("Initial")!.Invoke(null, null)!);
    }

    private sealed record Loaded<T>(AssemblyLoadContext Context, Action<T[], T[], T[]> Forward, Action<T[], T[], T[], T[], T[]> Backward, int Inputs, int Outputs, int ParameterLength, double[] Initial)
        : IDisposable
    {
        public T[] Run(T[] x, T[] p)
        {
            var y = new T[Outputs];
            Forward(x, y, p);
            return y;
        }

        public (T[] Dx, T[] G) Gradients(T[] x, T[] dy, T[] p)
        {
            T[] dx = new T[Inputs], g = new T[ParameterLength];
            Array.Fill(dx, (T)(typeof(T) == typeof(float) ? (object)float.NaN : double.NaN)); // Backward must write every entry
            Backward(x, dy, dx, p, g);
            return (dx, g);
        }

        public void Dispose() => Context.Unload();
    }
}
