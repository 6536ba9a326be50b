using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LINQ folds over keys, labels and lookups (<c>scores.Keys.Max(k =&gt; scores[k])</c>, <c>labels.Max(l =&gt; prior[l])</c>,
/// <c>labels.Select(l =&gt; w[l]).Max()</c>, <c>x.Max(Math.Abs)</c>) subtracted before an exp are judged by what their selector
/// folds (SoftmaxModel.ProjectedShifts.cs): a maximum of the exponent's own logits is a shift; a maximum of other data, a
/// sum, and a maximum of magnitudes are none (LG0003). Dictionary lookups are told by symbol
/// (<c>WellKnownSymbols.IsDictionaryLookup</c>): a type implementing <c>IDictionary</c>/<c>IReadOnlyDictionary</c> (or deriving
/// from <c>Dictionary</c>) is read like a dictionary; a user type's own <c>TryGetValue</c> or a user extension named
/// <c>GetValueOrDefault</c> is not. An added term the model cannot read follows main's unknown-term rule in both the LINQ
/// and the loop spelling (silent); a readable added term keeps LG0003. Markers <c>//~ LG000N</c>; every buggy case gives
/// +Inf/NaN for the input its comment names, every silent twin stays finite for any finite input.
/// </summary>
public class SoftmaxModelKeyFoldShiftTests
{
    public static TheoryData<string, string> Reported() => new()
    {
        // labels.Max(l => prior[l]) before exp(score[l] - m): score = prior + 1000 gives exp(1000) = +Inf, NaN.
        {
            "LabelsMaxOfOtherScores_ArrayLoop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior) {
                    double m = labels.Max(l => prior[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // prior.Keys.Max(k => prior[k]) before exp(scores[k] - m): scores 1000 above the prior overflow.
        {
            "KeysMaxOfOtherDictionary_Foreach", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static Dictionary<string, double> F(Dictionary<string, double> scores, Dictionary<string, double> prior) {
                    double m = prior.Keys.Max(k => prior[k]);
                    var p = new Dictionary<string, double>();
                    double total = 0;
                    foreach (var k in scores.Keys) { var e = Math.Exp(scores[k] - m); p[k] = e; total += e; } //~ LG0003
                    foreach (var k in p.Keys.ToList()) p[k] /= total;
                    return p;
                }
            }
            """
        },
        // a record's Prior dictionary maximum before MathF.Exp of its Scores: scores 100 above the prior give +Inf in float.
        {
            "RecordPriorKeysMax_ToDictionaryFloat", """
            using System; using System.Collections.Generic; using System.Linq;
            record Doc(string Id, Dictionary<string, float> Scores, Dictionary<string, float> Prior);
            static class C {
                static Dictionary<string, float> F(Doc doc) {
                    float m = doc.Prior.Keys.Max(k => doc.Prior[k]);
                    var exps = doc.Scores.ToDictionary(kv => kv.Key, kv => MathF.Exp(kv.Value - m)); //~ LG0003
                    float total = exps.Values.Sum();
                    return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
                }
            }
            """
        },
        // labels.Max(l => prior.TryGetValue(l, out var v) ? v : 0) before exp(score.GetValueOrDefault(l) - m).
        {
            "TryGetValueSelectorOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior) {
                    double m = labels.Max(l => prior.TryGetValue(l, out var v) ? v : 0.0);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score.GetValueOrDefault(labels[i]) - m); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // labels.Select(l => prior[l]).Max(): the projection's values are the prior's, not the scores.
        {
            "SelectThenMaxOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior) {
                    double m = labels.Select(l => prior[l]).Max();
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] - labels.Max(k => prior[k])) inline.
        {
            "InlineMaxOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] - labels.Max(k => prior[k])); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] - labels.Sum(l => score[l])): score = [1000, -1000] sums to 0, exp(1000) = +Inf.
        {
            "ProjectedSumSubtracted", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    double s = labels.Sum(l => score[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] - s); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // IReadOnlyDictionary<string, float> scores shifted by the prior's maximum, float, exps in a for loop.
        {
            "ReadOnlyDictionaryFloatMaxOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static float[] F(string[] labels, IReadOnlyDictionary<string, float> score, IReadOnlyDictionary<string, float> prior) {
                    float m = labels.Max(l => prior[l]);
                    var p = new float[labels.Length]; for (int i = 0; i < labels.Length; i++) p[i] = MathF.Exp(score[labels[i]] - m); //~ LG0003
                    float total = p.Sum();
                    return p.Select(v => v / total).ToArray();
                }
            }
            """
        },
        // List<string> labels, exps in a while loop, shifted by the prior's maximum.
        {
            "ListLabelsWhileLoopMaxOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(List<string> labels, Dictionary<string, double> score, Dictionary<string, double> prior) {
                    double m = labels.Max(l => prior[l]);
                    var p = new double[labels.Count];
                    double total = 0;
                    int i = 0;
                    while (i < labels.Count) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; i++; } //~ LG0003
                    for (int j = 0; j < p.Length; j++) p[j] /= total;
                    return p;
                }
            }
            """
        },
        // candidates.Max(c => prior[c.Label]) before exp(c.Score - m): the candidates' scores are other data than the prior.
        {
            "RecordCandidatesMaxOfLookedUpPrior", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed record Candidate(string Label, double Score);
            static class C {
                static Dictionary<string, double> F(List<Candidate> candidates, Dictionary<string, double> prior) {
                    double m = candidates.Max(c => prior[c.Label]);
                    var p = new Dictionary<string, double>();
                    double total = 0;
                    foreach (var c in candidates) { var e = Math.Exp(c.Score - m); p[c.Label] = e; total += e; } //~ LG0003
                    foreach (var k in p.Keys.ToList()) p[k] /= total;
                    return p;
                }
            }
            """
        },
        // x.Max(Math.Abs) before exp(x[i] - m): x = [0, -1000] shifts by 1000, every exp underflows to 0, 0/0 = NaN.
        {
            "MaxOfMagnitudesMethodGroup", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(double[] x) {
                    double m = x.Max(Math.Abs);
                    var p = new double[x.Length];
                    double total = 0;
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] - m); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // x.Max(v => MathF.Abs(v)) before MathF.Exp(v - m): x = [0, -200] gives 0/0 = NaN in float.
        {
            "MaxOfMagnitudesLambdaFloat", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static float[] F(float[] x) {
                    float m = x.Max(v => MathF.Abs(v));
                    var p = x.Select(v => MathF.Exp(v - m)).ToArray(); //~ LG0003
                    float total = p.Sum();
                    return p.Select(v => v / total).ToArray();
                }
            }
            """
        },
        // a ScoreTable : Dictionary<string, double> read through TryGetValue is read like the dictionary: raw scores, LG0003.
        {
            "DictionarySubclassTryGetValueRaw", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed class ScoreTable : Dictionary<string, double> { }
            static class C {
                static double[] F(string[] labels, ScoreTable score) {
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score.TryGetValue(labels[i], out var s) ? s : 0.0); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // two ScoreTable dictionaries: the prior's maximum shifts the scores.
        {
            "DictionarySubclassMaxOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed class ScoreTable : Dictionary<string, double> { }
            static class C {
                static double[] F(string[] labels, ScoreTable score, ScoreTable prior) {
                    double m = labels.Max(l => prior[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // a user type implementing IReadOnlyDictionary<string, double> read through its TryGetValue: raw scores, LG0003.
        {
            "ReadOnlyDictionaryImplementationRaw", """
            using System; using System.Collections.Generic; using System.Linq;
            using System.Collections;
            sealed class ScoreTable : IReadOnlyDictionary<string, double> {
                private readonly Dictionary<string, double> _scores = new();
                public double this[string key] => _scores[key];
                public IEnumerable<string> Keys => _scores.Keys;
                public IEnumerable<double> Values => _scores.Values;
                public int Count => _scores.Count;
                public bool ContainsKey(string key) => _scores.ContainsKey(key);
                public bool TryGetValue(string key, out double value) => _scores.TryGetValue(key, out value);
                public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => _scores.GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }
            static class C {
                static double[] F(string[] labels, ScoreTable score) {
                    
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score.TryGetValue(labels[i], out var s) ? s : 0.0); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] + tokens.Sum(t => w[t])): a readable added term of other data is no shift (as the loop spelling).
        {
            "AddedSumOfOtherData", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    double extra = tokens.Sum(t => w[t]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + extra); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // the loop spelling of AddedSumOfOtherData.
        {
            "AddedSumOfOtherDataLoop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    double extra = 0; foreach (var t in tokens) extra += w[t];
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + extra); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] + tokens.Sum(t => w.GetValueOrDefault(t))).
        {
            "AddedLookupSumInline", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + tokens.Sum(t => w.GetValueOrDefault(t))); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] + tokens.Sum(t => t.Length)): a term that reads no data adds no shift.
        {
            "AddedIntegerSum", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + tokens.Sum(t => t.Length)); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // the loop spelling of AddedIntegerSum.
        {
            "AddedIntegerSumLoop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    int n = 0; foreach (var t in tokens) n += t.Length;
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + n); total += p[i]; } //~ LG0003
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
    };

    public static TheoryData<string, string> Silent() => new()
    {
        // scores.Keys.Max(k => scores[k]) before exp(scores[k] - m): every exponent ≤ 0, one is 0.
        {
            "KeysMaxOfTheScores_Foreach", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static Dictionary<string, double> F(Dictionary<string, double> scores) {
                    double m = scores.Keys.Max(k => scores[k]);
                    var p = new Dictionary<string, double>();
                    double total = 0;
                    foreach (var k in scores.Keys) { var e = Math.Exp(scores[k] - m); p[k] = e; total += e; }
                    foreach (var k in p.Keys.ToList()) p[k] /= total;
                    return p;
                }
            }
            """
        },
        // labels.Max(l => score[l]) before exp(score[labels[i]] - m).
        {
            "LabelsMaxOfTheScores_ArrayLoop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior) {
                    double m = labels.Max(l => score[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // Dictionary<string, Dictionary<string, double>>: each document's keys max before its exps.
        {
            "NestedDictionaryRowMax", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static Dictionary<string, Dictionary<string, double>> F(Dictionary<string, Dictionary<string, double>> score) {
                    var result = new Dictionary<string, Dictionary<string, double>>();
                    foreach (var doc in score.Keys) {
                        var s = score[doc];
                        double m = s.Keys.Max(k => s[k]);
                        var p = new Dictionary<string, double>();
                        double total = 0;
                        foreach (var k in s.Keys) { var e = Math.Exp(s[k] - m); p[k] = e; total += e; }
                        foreach (var k in p.Keys.ToList()) p[k] /= total;
                        result[doc] = p;
                    }
                    return result;
                }
            }
            """
        },
        // a record's Scores dictionary shifted by its own keys max, float.
        {
            "RecordScoresKeysMax_ToDictionaryFloat", """
            using System; using System.Collections.Generic; using System.Linq;
            record Doc(string Id, Dictionary<string, float> Scores);
            static class C {
                static Dictionary<string, float> F(Doc doc) {
                    float m = doc.Scores.Keys.Max(k => doc.Scores[k]);
                    var exps = doc.Scores.ToDictionary(kv => kv.Key, kv => MathF.Exp(kv.Value - m));
                    float total = exps.Values.Sum();
                    return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
                }
            }
            """
        },
        // IReadOnlyList labels over an IReadOnlyDictionary, Select of the exps.
        {
            "ReadOnlyDictionaryLabelsMax", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static float[] F(IReadOnlyList<string> labels, IReadOnlyDictionary<string, float> score) {
                    float m = labels.Max(l => score[l]);
                    var p = labels.Select(l => MathF.Exp(score[l] - m)).ToArray();
                    float total = p.Sum();
                    return p.Select(v => v / total).ToArray();
                }
            }
            """
        },
        // scores built by ToDictionary, shifted by labels.Max(l => score[l]).
        {
            "ToDictionaryPipelineMax", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static Dictionary<string, double> F(string[] labels, Func<string, double> scorer) {
                    var score = labels.ToDictionary(l => l, l => scorer(l));
                    double m = labels.Max(l => score[l]);
                    var exps = labels.ToDictionary(l => l, l => Math.Exp(score[l] - m));
                    double total = exps.Values.Sum();
                    return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
                }
            }
            """
        },
        // labels.Max(l => score.GetValueOrDefault(l)) before exp(score.GetValueOrDefault(l) - m).
        {
            "LookupSelectorOfTheScores", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score) {
                    double m = labels.Max(l => score.GetValueOrDefault(l));
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score.GetValueOrDefault(labels[i]) - m); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // score.Values.Max() before exp(score[l] - m).
        {
            "ValuesMax", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score) {
                    double m = score.Values.Max();
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(lo - score[l]) with lo = labels.Min(...): every exponent ≤ 0 (a softmin), one is 0.
        {
            "ProjectedMinimumEnteringPositively", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    double lo = labels.Min(l => score[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(lo - score[l]); total += p[i]; } 
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(score[l] - labels.Max(k => score[k])) inline.
        {
            "InlineMaxOfTheScores", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] - labels.Max(k => score[k])); total += p[i]; } 
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // labels.Max(k => score[k] + prior[k]) before exp(score[l] + prior[l] - m): the logits are the sums.
        {
            "MaxOfTheCombinedLogits", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(string[] labels, Dictionary<string, double> score, Dictionary<string, double> prior, string[] tokens, Dictionary<string, double> w) {
                    double m = labels.Max(k => score[k] + prior[k]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { var l = labels[i]; p[i] = Math.Exp(score[l] + prior[l] - m); total += p[i]; } 
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(Math.Abs(x[i]) - x.Max(Math.Abs)): the logits are the magnitudes, max-shifted.
        {
            "MaxOfMagnitudesOverMagnitudes", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(double[] x) {
                    double m = x.Max(Math.Abs);
                    var p = new double[x.Length];
                    double total = 0;
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(Math.Abs(x[i]) - m); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // a user IReadOnlyDictionary implementation shifted by its own maximum.
        {
            "ReadOnlyDictionaryImplementationSelfMax", """
            using System; using System.Collections.Generic; using System.Linq;
            using System.Collections;
            sealed class ScoreTable : IReadOnlyDictionary<string, double> {
                private readonly Dictionary<string, double> _scores = new();
                public double this[string key] => _scores[key];
                public IEnumerable<string> Keys => _scores.Keys;
                public IEnumerable<double> Values => _scores.Values;
                public int Count => _scores.Count;
                public bool ContainsKey(string key) => _scores.ContainsKey(key);
                public bool TryGetValue(string key, out double value) => _scores.TryGetValue(key, out value);
                public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => _scores.GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }
            static class C {
                static double[] F(string[] labels, ScoreTable score) {
                    double m = labels.Max(l => score[l]);
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(score[labels[i]] - m); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // candidates.Max(c => c.Score) before exp(c.Score - m).
        {
            "RecordCandidatesOwnMax", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed record Candidate(string Label, double Score);
            static class C {
                static Dictionary<string, double> F(List<Candidate> candidates, Dictionary<string, double> prior) {
                    double m = candidates.Max(c => c.Score);
                    var p = new Dictionary<string, double>();
                    double total = 0;
                    foreach (var c in candidates) { var e = Math.Exp(c.Score - m); p[c.Label] = e; total += e; }
                    foreach (var k in p.Keys.ToList()) p[k] /= total;
                    return p;
                }
            }
            """
        },
        // peak[k] = peak.TryGetValue(k, out var m) ? Math.Max(m, v) : v: a keyed max of a Dictionary, per key.
        {
            "KeyedTryGetValueFold", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F((string Key, double Score)[] items) {
                    var peak = new Dictionary<string, double>();
                    foreach (var it in items) peak[it.Key] = peak.TryGetValue(it.Key, out var m) ? Math.Max(m, it.Score) : it.Score;
                    var sum = new Dictionary<string, double>();
                    var p = new double[items.Length];
                    for (int i = 0; i < items.Length; i++) { p[i] = Math.Exp(items[i].Score - peak[items[i].Key]); sum[items[i].Key] = sum.GetValueOrDefault(items[i].Key) + p[i]; }
                    for (int i = 0; i < items.Length; i++) p[i] /= sum[items[i].Key];
                    return p;
                }
            }
            """
        },
        // peak[k] = Math.Max(peak.GetValueOrDefault(k, -Inf), v): CollectionExtensions.GetValueOrDefault, per key.
        {
            "KeyedGetValueOrDefaultFold", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F((string Key, double Score)[] items) {
                    var peak = new Dictionary<string, double>();
                    foreach (var it in items) peak[it.Key] = Math.Max(peak.GetValueOrDefault(it.Key, double.NegativeInfinity), it.Score);
                    var sum = new Dictionary<string, double>();
                    var p = new double[items.Length];
                    for (int i = 0; i < items.Length; i++) { p[i] = Math.Exp(items[i].Score - peak[items[i].Key]); sum[items[i].Key] = sum.GetValueOrDefault(items[i].Key) + p[i]; }
                    for (int i = 0; i < items.Length; i++) p[i] /= sum[items[i].Key];
                    return p;
                }
            }
            """
        },
        // a Vocab with its own TryGetValue (no IDictionary): the model does not read what it stores; no report.
        {
            "UserTryGetValueIsNoDictionary", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed class Vocab {
                private readonly Dictionary<string, double> _weights = new();
                public bool TryGetValue(string token, out double weight) { weight = _weights.Count; return _weights.ContainsKey(token); }
            }
            static class C {
                static double[] F(string[] labels, Vocab vocab) {
                    var p = new double[labels.Length];
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++) { p[i] = Math.Exp(vocab.TryGetValue(labels[i], out var s) ? s : 0.0); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // peak[k] = peak.TryGetValue(k, out var m) ? Math.Max(m, v) : v over a user type (no IDictionary): no keyed fold, nothing read, no report.
        {
            "UserTryGetValueMakesNoFold", """
            using System; using System.Collections.Generic; using System.Linq;
            sealed class Peaks {
                private readonly Dictionary<string, double> _m = new();
                public bool TryGetValue(string key, out double value) { value = 0; return false; }
                public double this[string key] { get => _m[key]; set => _m[key] = value; }
            }
            static class C {
                static double[] F((string Key, double Score)[] items) {
                    var peak = new Peaks();
                    foreach (var it in items) peak[it.Key] = peak.TryGetValue(it.Key, out var m) ? Math.Max(m, it.Score) : it.Score;
                    var sum = new Dictionary<string, double>();
                    var p = new double[items.Length];
                    for (int i = 0; i < items.Length; i++) { p[i] = Math.Exp(items[i].Score - peak[items[i].Key]); sum[items[i].Key] = sum.GetValueOrDefault(items[i].Key) + p[i]; }
                    for (int i = 0; i < items.Length; i++) p[i] /= sum[items[i].Key];
                    return p;
                }
            }
            """
        },
        // a user extension named GetValueOrDefault (not CollectionExtensions') returns what it likes: no keyed fold, its value unknown, no report.
        {
            "UserGetValueOrDefaultExtensionMakesNoFold", """
            using System; using System.Collections.Generic; using System.Linq;
            static class DictionaryExtensions {
                public static double GetValueOrDefault(this Dictionary<string, double> d, string key, double fallback) => d.Count > 0 ? 0.0 : fallback;
            }
            static class C {
                static double[] F((string Key, double Score)[] items) {
                    var peak = new Dictionary<string, double>();
                    foreach (var it in items) peak[it.Key] = Math.Max(peak.GetValueOrDefault(it.Key, double.NegativeInfinity), it.Score);
                    var sum = new Dictionary<string, double>();
                    var p = new double[items.Length];
                    for (int i = 0; i < items.Length; i++) { p[i] = Math.Exp(items[i].Score - peak[items[i].Key]); sum[items[i].Key] = sum.GetValueOrDefault(items[i].Key, 0.0) + p[i]; }
                    for (int i = 0; i < items.Length; i++) p[i] /= sum[items[i].Key];
                    return p;
                }
            }
            """
        },
        // exp(x[i] + tokens.Sum(t => Foo(t))) with Foo unread: main's unknown-term rule (an unread term may be the shift) keeps it silent, as the loop spelling.
        {
            "OpaqueAddedSum_Linq", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double Foo(string t) => t.Length * 0.5;
                static double[] F(double[] x, string[] tokens) {
                    var p = new double[x.Length];
                    double total = 0;
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] + tokens.Sum(t => Foo(t))); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // the loop spelling of OpaqueAddedSum_Linq (silent on main).
        {
            "OpaqueAddedSum_Loop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double Foo(string t) => t.Length * 0.5;
                static double[] F(double[] x, string[] tokens) {
                    var p = new double[x.Length];
                    double total = 0;
                    double extra = 0; foreach (var t in tokens) extra += Foo(t);
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] + extra); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(x[i] + tokens.Sum(t => foo(t))) with a Func parameter: silent, as the loop spelling.
        {
            "OpaqueDelegateAddedSum_Linq", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(double[] x, string[] tokens, Func<string, double> foo) {
                    var p = new double[x.Length];
                    double total = 0;
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] + tokens.Sum(t => foo(t))); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // the loop spelling of OpaqueDelegateAddedSum_Linq (silent on main).
        {
            "OpaqueDelegateAddedSum_Loop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double[] F(double[] x, string[] tokens, Func<string, double> foo) {
                    var p = new double[x.Length];
                    double total = 0;
                    double extra = 0; foreach (var t in tokens) extra += foo(t);
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] + extra); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // exp(x[i] - m + tokens.Sum(t => Foo(t))) with m = x.Max().
        {
            "OpaqueAddedSumOnShifted_Linq", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double Foo(string t) => t.Length * 0.5;
                static double[] F(double[] x, string[] tokens) {
                    var p = new double[x.Length];
                    double total = 0, m = x.Max();
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] - m + tokens.Sum(t => Foo(t))); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
        // the loop spelling of OpaqueAddedSumOnShifted_Linq.
        {
            "OpaqueAddedSumOnShifted_Loop", """
            using System; using System.Collections.Generic; using System.Linq;
            static class C {
                static double Foo(string t) => t.Length * 0.5;
                static double[] F(double[] x, string[] tokens) {
                    var p = new double[x.Length];
                    double total = 0, m = x.Max();
                    double extra = 0; foreach (var t in tokens) extra += Foo(t);
                    for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] - m + extra); total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= total;
                    return p;
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public async Task FoldOfOtherDataOrNoShift_IsReported(string name, string source)
    {
        _ = name;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    [Theory]
    [MemberData(nameof(Silent))]
    public async Task ShiftOfTheLogitsOrUnreadTerm_StaysSilent(string name, string source)
    {
        _ = name;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
