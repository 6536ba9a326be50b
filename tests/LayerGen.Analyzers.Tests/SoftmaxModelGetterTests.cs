using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A parameter-free getter (Java style, <c>getTemperature() { return temperature; }</c>, <c>=&gt; _t</c>, a constant, a
/// getter of a getter) that returns a data-free value is read as that value: <c>exp(d[k] / getTemperature())</c> with no
/// max is LG0003 as <c>exp(d[k] / temperature)</c> is (HeldOut91's blind miss <c>BoundedLogits_TemperatureRaw</c>), in
/// every layout. A shifted or bounded exponent divided by the same getter, and a getter returning data, stay silent.
/// </summary>
public class SoftmaxModelGetterTests
{
    /// <summary>Getter declarations (member text) and the call that reads them; <c>{t}</c> is the element type.</summary>
    public static TheoryData<string, string> Getters => new()
    {
        { "private {t} temperature = 1; public {t} getTemperature() { return temperature; } public void setTemperature({t} v) { temperature = v; }", "getTemperature()" },
        { "private {t} _t = 2; public {t} Temperature() => _t;", "Temperature()" },
        { "private static {t} Scale() => 2;", "Scale()" },
        { "public {t} Tau { get; set; } = 1; public {t} getTau() => Tau;", "getTau()" },
        { "private readonly {t} _base = 1; private {t} baseT() { return _base; } public {t} getT() => baseT() * 2;", "this.getT()" },
        { "private const {t} T0 = 4; private {t} inverseT() => 1 / T0;", "(1 / inverseT())" },
    };

    /// <summary>Jagged rows, the divisor a getter: raw exp is LG0003; the same exp shifted by the row max is silent.</summary>
    [Theory]
    [MemberData(nameof(Getters))]
    public async Task Jagged_RawExpOverGetterIsLG0003_ShiftedSilent(string getter, string call)
    {
        foreach (var (type, exp) in new[] { ("double", "Math.Exp"), ("float", "MathF.Exp") })
        {
            var source = $$"""
                using System;

                public sealed class Scaler
                {
                    {{getter.Replace("{t}", type)}}

                    public {{type}}[][] Raw({{type}}[][] decision)
                    {
                        var proba = new {{type}}[decision.Length][];
                        for (int i = 0; i < decision.Length; i++)
                        {
                            {{type}}[] d = decision[i];
                            var p = new {{type}}[d.Length];
                            {{type}} norm = 0;
                            for (int k = 0; k < d.Length; k++)
                            {
                                p[k] = {{exp}}(d[k] / {{call}}); //~ LG0003
                                norm += p[k];
                            }
                            for (int k = 0; k < d.Length; k++) p[k] /= norm;
                            proba[i] = p;
                        }
                        return proba;
                    }

                    public {{type}}[][] Shifted({{type}}[][] decision)
                    {
                        var proba = new {{type}}[decision.Length][];
                        for (int i = 0; i < decision.Length; i++)
                        {
                            {{type}}[] d = decision[i];
                            {{type}} max = d[0];
                            for (int k = 1; k < d.Length; k++) if (d[k] > max) max = d[k];
                            var p = new {{type}}[d.Length];
                            {{type}} norm = 0;
                            for (int k = 0; k < d.Length; k++)
                            {
                                p[k] = {{exp}}((d[k] - max) / {{call}});
                                norm += p[k];
                            }
                            for (int k = 0; k < d.Length; k++) p[k] /= norm;
                            proba[i] = p;
                        }
                        return proba;
                    }
                }
                """;
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>
    /// A rectangular matrix and a flat row-major buffer, the exp a LINQ selector in one and a loop in the other: raw over a
    /// getter is LG0003; a bounded exponent (<c>tanh</c>) divided by the same getter is silent.
    /// </summary>
    [Fact]
    public async Task RectangularFlatAndLinq_RawExpOverGetterIsLG0003_BoundedSilent()
    {
        const string source = """
            using System;
            using System.Linq;

            public sealed class Calibrated
            {
                private float temperature = 1.5f;
                public float getTemperature() { return temperature; }

                public double[,] Rect(double[,] z)
                {
                    int n = z.GetLength(0), c = z.GetLength(1);
                    var p = new double[n, c];
                    for (int i = 0; i < n; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < c; j++) { p[i, j] = Math.Exp(z[i, j] / getTemperature()); s += p[i, j]; } //~ LG0003
                        for (int j = 0; j < c; j++) p[i, j] /= s;
                    }
                    return p;
                }

                public float[] Flat(float[] x, int rows, int cols)
                {
                    var y = new float[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        float s = 0f;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(x[r * cols + j] / getTemperature()); s += y[r * cols + j]; } //~ LG0003
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    return y;
                }

                public double[] Linq(double[] row)
                {
                    var e = row.Select(v => Math.Exp(v / getTemperature())).ToArray(); //~ LG0003
                    var s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }

                public double[] BoundedLinq(double[] row)
                {
                    var e = row.Select(v => Math.Exp(10 * Math.Tanh(v) / getTemperature())).ToArray();
                    var s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }

                public float[] ShiftedFlat(float[] x, int rows, int cols)
                {
                    var y = new float[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                        float s = 0f;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp((x[r * cols + j] - m) / getTemperature()); s += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A getter returning a row's max (data, not data-free) is not taken as a divisor's value: <c>exp(d[k] - getMax())</c>
    /// after <c>max</c> is stored per row stays silent, as before; a getter that is virtual (may be overridden) is not read.
    /// </summary>
    [Fact]
    public async Task DataGetterAndVirtualGetter_Silent()
    {
        const string source = """
            using System;

            public class RowState
            {
                private double max;
                protected double temperature = 1;
                public double getMax() { return max; }
                public virtual double getTemperature() => temperature;

                public void Softmax(double[][] x)
                {
                    foreach (var row in x)
                    {
                        max = double.NegativeInfinity;
                        for (int k = 0; k < row.Length; k++) max = Math.Max(max, row[k]);
                        double s = 0;
                        for (int k = 0; k < row.Length; k++) { row[k] = Math.Exp(row[k] - getMax()); s += row[k]; }
                        for (int k = 0; k < row.Length; k++) row[k] /= s;
                    }
                }

                public void Virtual(double[] row)
                {
                    double m = double.NegativeInfinity;
                    foreach (var v in row) m = Math.Max(m, v);
                    double s = 0;
                    for (int k = 0; k < row.Length; k++) { row[k] = Math.Exp((row[k] - m) / getTemperature()); s += row[k]; }
                    for (int k = 0; k < row.Length; k++) row[k] /= s;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
