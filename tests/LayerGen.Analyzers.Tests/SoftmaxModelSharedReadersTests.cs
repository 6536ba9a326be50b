using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Cases the readers merged by the refactor round gained. An index function's <c>switch</c> on a layout value known at
/// the call is decided by the one reading of branches under known values (KnownArguments.cs), which also decides
/// relational, <c>or</c> and <c>not</c> patterns: a per-class peak through such an index is LG0004 and per-sample maxima
/// through it stay silent. Parameter-free getters are read by the arithmetic-helper reader: a getter whose body chooses
/// between data-free values, and a one-parameter helper that divides by a scalar property of this instance or by a
/// getter, are read as their values (raw exp LG0003, the same exp shifted by the row max silent).
/// </summary>
public class SoftmaxModelSharedReadersTests
{
    /// <summary>Index functions whose switch picks its arm by a pattern other than a constant, and the call for sample {b}, class {c}.</summary>
    public static TheoryData<string, string> PatternSwitchedIndices => new()
    {
        // relational pattern on an int layout given a constant: the class-major arm
        { "int Index(int layout, int b, int c) => layout switch { < 1 => c * batch + b, _ => b * classes + c };", "Index(0, {b}, {c})" },
        // or pattern on an enum given a constant: the sample-major arm
        { "int Index(Order o, int b, int c) => o switch { Order.SampleMajor or Order.Padded => b * classes + c, _ => c * batch + b };", "Index(Order.Padded, {b}, {c})" },
        // not pattern, a block-bodied local function: the class-major arm
        { "int Index(Order o, int b, int c) { return o switch { not Order.ClassMajor => b * classes + c, _ => c * batch + b }; }", "Index(Order.ClassMajor, {b}, {c})" },
    };

    private static string IndexSource(string locals, string call, string type, string body)
    {
        string At(string b, string c) => call.Replace("{b}", b).Replace("{c}", c);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        return $$"""
            using System;

            public enum Order { ClassMajor, SampleMajor, Padded }

            public sealed class Repro
            {
                public {{type}}[] Forward({{type}}[] x, int batch, int classes)
                {
                    {{locals}}
            {{body.Replace("{exp}", exp).Replace("{t}", type).Replace("{at:b,c}", At("b", "c"))}}
                }
            }
            """;
    }

    /// <summary>Per-class maxima (a fold over the batch, stored per class) with per-sample sums: LG0004 at the fold.</summary>
    private const string PerClassPeaks = """
                    var peaks = new {t}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int b = 0; b < batch; b++)
                        {
                            m = Math.Max(m, x[{at:b,c}]); //~ LG0004
                        }

                        peaks[c] = m;
                    }
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            y[i] = {exp}(x[i] - peaks[c]);
                            sum += y[i];
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>Per-sample maxima stored in an array, then per-sample sums: correct.</summary>
    private const string PerSampleArray = """
                    var rowMax = new {t}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        rowMax[b] = {t}.NegativeInfinity;
                        for (int c = 0; c < classes; c++)
                        {
                            {t} v = x[{at:b,c}];
                            if (v > rowMax[b]) rowMax[b] = v;
                        }
                    }
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            y[i] = {exp}(x[i] - rowMax[b]);
                            sum += y[i];
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    [Theory]
    [MemberData(nameof(PatternSwitchedIndices))]
    public async Task PerClassPeaksThroughAPatternSwitchedIndex_AreLG0004(string locals, string call)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(IndexSource(locals, call, "float", PerClassPeaks));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(IndexSource(locals, call, "double", PerClassPeaks));
    }

    [Theory]
    [MemberData(nameof(PatternSwitchedIndices))]
    public async Task PerSampleMaximaThroughAPatternSwitchedIndex_AreSilent(string locals, string call)
    {
        foreach (var type in new[] { "float", "double" })
        {
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(IndexSource(locals, call, type, PerSampleArray)));
        }
    }

    /// <summary>Members of the class and the exponent they build from <c>{v}</c> (an element, or an element minus the row max).</summary>
    public static TheoryData<string, string> ScaledExponents => new()
    {
        // a getter choosing between data-free values
        { "private {t} _t = 2; private bool _sharp; public {t} Temperature() => _sharp ? _t / 2 : _t;", "{v} / Temperature()" },
        // a helper dividing by a scalar property of this instance
        { "public {t} Tau { get; set; } = 2; private {t} Scaled({t} v) => v / Tau;", "Scaled({v})" },
        // a helper dividing by a getter
        { "private {t} _t = 2; private {t} getT() { return _t; } private {t} Scaled({t} v) => v / getT();", "Scaled({v})" },
    };

    private static string ScaledSource(string members, string exponent, string type, bool shifted)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var value = exponent.Replace("{v}", shifted ? "(d[k] - max)" : "d[k]");
        var maxLoop = $"""
                        {type} max = d[0];
                        for (int k = 1; k < d.Length; k++) if (d[k] > max) max = d[k];
            """;
        return $$"""
            using System;

            public sealed class Scaler
            {
                {{members.Replace("{t}", type)}}

                public {{type}}[][] Proba({{type}}[][] decision)
                {
                    var proba = new {{type}}[decision.Length][];
                    for (int i = 0; i < decision.Length; i++)
                    {
                        {{type}}[] d = decision[i];
                        {{(shifted ? maxLoop : "")}}
                        var p = new {{type}}[d.Length];
                        {{type}} norm = 0;
                        for (int k = 0; k < d.Length; k++)
                        {
                            p[k] = {{exp}}({{value}});{{(shifted ? "" : " //~ LG0003")}}
                            norm += p[k];
                        }
                        for (int k = 0; k < d.Length; k++) p[k] /= norm;
                        proba[i] = p;
                    }
                    return proba;
                }
            }
            """;
    }

    [Theory]
    [MemberData(nameof(ScaledExponents))]
    public async Task RawExpThroughAGetterOrScalingHelper_IsLG0003(string members, string exponent)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(ScaledSource(members, exponent, "double", shifted: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(ScaledSource(members, exponent, "float", shifted: false));
    }

    [Theory]
    [MemberData(nameof(ScaledExponents))]
    public async Task ShiftedExpThroughAGetterOrScalingHelper_IsSilent(string members, string exponent)
    {
        foreach (var type in new[] { "float", "double" })
        {
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(ScaledSource(members, exponent, type, shifted: true)));
        }
    }
}
