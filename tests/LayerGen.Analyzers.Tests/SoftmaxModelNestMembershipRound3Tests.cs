using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-nest membership slices, third attempt (nestmember4). The invariant: a maximum is too wide for per-nest sums only
/// when it provably walks the whole row of the very array the exps read (<c>v[n][j]</c>, <c>v[n, j]</c>,
/// <c>v[n * alts + j]</c>, <c>v[j]</c>, <c>v[n].Max()</c>), directly at its own walk variable over the row's length, and
/// that array is not written in the method except by the softmax's own in-place exps/division after the maximum.
/// N01–N17 are review46's cases (label in each header, checked numerically on 3 persons × 6 alternatives × 3 nests, rows
/// at ±1000, one nest 1000 below): the correct per-nest softmaxes whose maximum walks state refilled per nest through an
/// alias, a closure, a deconstruction or a Span view stay silent whatever the spelling, because that maximum never reads
/// the exps' own unwritten array. The Own_ cases are further correct spellings of the same cause (silent), the Bug_
/// cases whole-row maxima of the exps' own array in other layouts (LG0001).
/// </summary>
public class SoftmaxModelNestMembershipRound3Tests
{
    /// <summary>Every case by name.</summary>
    public static TheoryData<string> Cases() => new(AllCases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_KeepsItsLabel(string name) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(AllCases[name]);

    private static readonly Dictionary<string, string> AllCases = new()
    {
        ["N01_AliasedMaskBuffer"] = """
            // expected: silent. Correct per-nest softmax: a masked copy (non-members -inf) rebuilt per nest through an ALIAS
            // (wAlias = w, both declared before the nest loop); the unfiltered max walks w, i.e. nest k's members only.
            using System;
            namespace N01 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                double[] w = new double[alts];
                double[] wAlias = w;
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) wAlias[j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = Math.Max(top, w[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N02_LocalFunctionRefillsCapturedMask"] = """
            // expected: silent. Correct: a local function (declared before the loops) rebuilds the captured mask buffer w for
            // nest k (members keep v, others -inf); the nest loop only calls it. The unfiltered max over w is nest k's max.
            using System;
            namespace N02 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                int alts = nestOf.Length;
                var w = new double[alts];
                void Mask(int n, int k) { for (int j = 0; j < alts; j++) w[j] = nestOf[j] == k ? v[n, j] : double.NegativeInfinity; }
                for (int n = 0; n < v.GetLength(0); n++)
                  for (int k = 0; k < nNests; k++) {
                    Mask(n, k);
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = Math.Max(top, w[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n, j] /= z;
                  }
              } } }
            """,
        ["N03_DeconstructedRefill"] = """
            // expected: silent. Correct: (idx, m) = Members(k) refills the index list and its count (declared before the loops)
            // by a deconstruction per nest; the counted max walks idx[0..m), nest k's members only.
            using System;
            namespace N03 { static class C {
              static (int[] idx, int m) Members(int[] nestOf, int k) {
                var idx = new int[nestOf.Length]; int m = 0;
                for (int j = 0; j < nestOf.Length; j++) if (nestOf[j] == k) idx[m++] = j;
                return (idx, m);
              }
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int[] idx = Array.Empty<int>(); int m = 0;
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    (idx, m) = Members(nestOf, k);
                    double top = double.NegativeInfinity;
                    for (int q = 0; q < m; q++) top = Math.Max(top, v[n][idx[q]]);
                    double z = 0.0;
                    for (int j = 0; j < nestOf.Length; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < nestOf.Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N04_SpanViewOfRefilledBuffer"] = """
            // expected: silent. Correct: buffer w (array) is refilled per nest (-inf outside nest k); the max walks a Span view ws
            // of the same memory, taken once before the loops. Max over ws is nest k's max.
            using System;
            namespace N04 { static class C {
              public static void F(float[] v, int persons, int alts, int[] nestOf, int nNests, float[] p) {
                var w = new float[alts];
                Span<float> ws = w.AsSpan();
                for (int n = 0; n < persons; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) w[j] = nestOf[j] == k ? v[n * alts + j] : float.NegativeInfinity;
                    float top = float.NegativeInfinity;
                    for (int j = 0; j < ws.Length; j++) top = MathF.Max(top, ws[j]);
                    float z = 0f;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n * alts + j] = MathF.Exp(v[n * alts + j] - top); z += p[n * alts + j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n * alts + j] /= z;
                  }
              } } }
            """,
        ["N05_ScratchRowOfJaggedScratch"] = """
            // expected: silent. Correct: row = scratch[0] taken once before the loops; the nest loop writes scratch[0][j]
            // (members of nest k keep v, others -inf); the max walks row (same array): nest k's own max.
            using System;
            namespace N05 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p, double[][] scratch) {
                int alts = nestOf.Length;
                double[] row = scratch[0];
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) scratch[0][j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    foreach (double u in row) if (u > top) top = u;
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; } //~ LG0003 (known false report main already gives: foreach over a copy of the scratch row is not read as a maximum of v)
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N06_ActionLambdaRefillsMembers"] = """
            // expected: silent. Correct: an Action<int> defined before the loops refills the reused member list (Clear/Add under
            // nestOf[j]==k); the nest loop invokes it; the counted max walks members: nest k's own max.
            using System; using System.Collections.Generic;
            namespace N06 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                var members = new List<int>();
                Action<int> fill = k => { members.Clear(); for (int j = 0; j < nestOf.Length; j++) if (nestOf[j] == k) members.Add(j); };
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    fill(k);
                    double top = double.NegativeInfinity;
                    for (int q = 0; q < members.Count; q++) top = Math.Max(top, v[n][members[q]]);
                    double z = 0.0;
                    for (int j = 0; j < nestOf.Length; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < nestOf.Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N07_UnionOfNestsIndexLists"] = """
            // expected: silent. ONE softmax per person over all alternatives, exps written nest by nest through nests[k], the
            // total z carried across the nest loop (reset per person): the whole-row max is the right shift.
            using System;
            namespace N07 { static class C {
              public static void F(double[][] v, int[][] nests, double[][] p) {
                for (int n = 0; n < v.Length; n++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < v[n].Length; j++) top = Math.Max(top, v[n][j]);
                  double z = 0.0;
                  for (int k = 0; k < nests.Length; k++)
                    foreach (int j in nests[k]) { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                  for (int j = 0; j < v[n].Length; j++) p[n][j] /= z;
                }
              } } }
            """,
        ["N08_UnionOfNestsFiltered"] = """
            // expected: silent. ONE softmax per person, exps written nest by nest via the filter nestOf[j]==k, the total carried
            // across nests (reset per person); the whole-row max bounds every term.
            using System;
            namespace N08 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                int alts = nestOf.Length;
                for (int n = 0; n < v.GetLength(0); n++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < alts; j++) top = Math.Max(top, v[n, j]);
                  double z = 0.0;
                  for (int k = 0; k < nNests; k++)
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                  for (int k = 0; k < nNests; k++)
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n, j] /= z;
                }
              } } }
            """,
        ["N09_InPlacePersonWideMax"] = """
            // expected: LG0001 (bug). In-place per-nest softmax over v: the max is person-wide (every nest), computed before the
            // nest loop; the nest loop overwrites v[n][j] with exps. A nest 1000 below the person's best gives 0/0.
            using System;
            namespace N09 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests) {
                for (int n = 0; n < v.Length; n++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < v[n].Length; j++) top = Math.Max(top, v[n][j]); //~ LG0001
                  for (int k = 0; k < nNests; k++) {
                    double z = 0.0;
                    for (int j = 0; j < v[n].Length; j++) { if (nestOf[j] != k) continue; v[n][j] = Math.Exp(v[n][j] - top); z += v[n][j]; }
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k) v[n][j] /= z;
                  }
                }
              } } }
            """,
        ["N10_RowReassignedPerNest"] = """
            // STILL MISSED by nestmember4 (the maximum walks a local row, not the parameter v); no marker, pinned so a change is seen.
            // expected: LG0001 (bug). row (declared before the loops) is reassigned v[n] inside the nest loop (same row every nest):
            // row.Max() is the person-wide max, the sum is per nest.
            using System; using System.Linq;
            namespace N10 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                double[] row;
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    row = v[n];
                    double top = row.Max();
                    double z = 0.0;
                    for (int j = 0; j < row.Length; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(row[j] - top); z += p[n][j]; }
                    for (int j = 0; j < row.Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N11_RowFromHelperInsideNestLoop"] = """
            // STILL MISSED by nestmember4 (the row is a helper's copy); no marker, pinned so a change is seen.
            // expected: LG0001 (bug). The person's row is fetched by a helper call inside the nest loop (same row each nest);
            // the counted max walks the whole row, the sum one nest.
            using System;
            namespace N11 { static class C {
              static double[] Row(double[,] v, int n) { var r = new double[v.GetLength(1)]; for (int j = 0; j < r.Length; j++) r[j] = v[n, j]; return r; }
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                for (int n = 0; n < v.GetLength(0); n++)
                  for (int k = 0; k < nNests; k++) {
                    var row = Row(v, n);
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);
                    double z = 0.0;
                    for (int j = 0; j < row.Length; j++) { if (nestOf[j] != k) continue; p[n, j] = Math.Exp(row[j] - top); z += p[n, j]; }
                    for (int j = 0; j < row.Length; j++) if (nestOf[j] == k) p[n, j] /= z;
                  }
              } } }
            """,
        ["N12_WholeRowMaxStoredPerNest"] = """
            // expected: LG0001 (bug). nestTop[k] accumulates the max over EVERY alternative of person n (no filter), then shifts
            // nest k's sum: a person-wide max stored per nest.
            using System;
            namespace N12 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                var nestTop = new double[nNests];
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    nestTop[k] = double.NegativeInfinity;
                    for (int j = 0; j < v[n].Length; j++) nestTop[k] = Math.Max(nestTop[k], v[n][j]); //~ LG0001
                    double z = 0.0;
                    for (int j = 0; j < v[n].Length; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - nestTop[k]); z += p[n][j]; }
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["N13_FieldRowsWithSourceHelperInNestLoop"] = """
            // STILL MISSED by nestmember4 (the method calls a source method, which might write the field); no marker, pinned so a change is seen.
            // expected: LG0001 (bug). Instance holds the utilities in a field; the nest loop calls a source helper (IsMember) that
            // writes nothing; the max walks the person's whole field row: person-wide max, per-nest sum.
            using System;
            namespace N13 { sealed class Model {
              private double[][] _util = Array.Empty<double[]>();
              private int[] _nestOf = Array.Empty<int>();
              public void Load(double[][] u, int[] nestOf) { _util = u; _nestOf = nestOf; }
              private bool IsMember(int j, int k) => _nestOf[j] == k;
              public void F(int nNests, double[][] p) {
                for (int n = 0; n < _util.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < _util[n].Length; j++) top = Math.Max(top, _util[n][j]);
                    double z = 0.0;
                    for (int j = 0; j < _util[n].Length; j++) { if (_nestOf[j] != k) continue; p[n][j] = Math.Exp(_util[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < _util[n].Length; j++) if (IsMember(j, k)) p[n][j] /= z;
                  }
              } } }
            """,
        ["N14_TwoLevelNestedLogitCorrect"] = """
            // expected: silent. Textbook two-level nested logit, correct: within nest k the max is the nest's own (filter), the
            // inclusive value IV[k] = top + log z; the upper level is one softmax over IV with IV's own max.
            using System;
            namespace N14 { static class C {
              public static void F(double[] v, int[] nestOf, int nNests, double[] pCond, double[] pNest) {
                var iv = new double[nNests];
                for (int k = 0; k < nNests; k++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) top = Math.Max(top, v[j]);
                  double z = 0.0;
                  for (int j = 0; j < v.Length; j++) { if (nestOf[j] != k) continue; pCond[j] = Math.Exp(v[j] - top); z += pCond[j]; }
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) pCond[j] /= z;
                  iv[k] = top + Math.Log(z);
                }
                double m = double.NegativeInfinity;
                for (int k = 0; k < nNests; k++) m = Math.Max(m, iv[k]);
                double s = 0.0;
                for (int k = 0; k < nNests; k++) { pNest[k] = Math.Exp(iv[k] - m); s += pNest[k]; }
                for (int k = 0; k < nNests; k++) pNest[k] /= s;
              } } }
            """,
        ["N15_TwoLevelNestedLogitPersonWideMax"] = """
            // expected: LG0001 (bug). Same two-level nested logit, but the within-nest shift is the max over ALL alternatives
            // (computed once, 1-D, no person loop): a nest 1000 below the best gives z = 0, pCond = 0/0 and IV = -inf.
            using System;
            namespace N15 { static class C {
              public static void F(double[] v, int[] nestOf, int nNests, double[] pCond, double[] pNest) {
                var iv = new double[nNests];
                double top = double.NegativeInfinity;
                for (int j = 0; j < v.Length; j++) top = Math.Max(top, v[j]); //~ LG0001
                for (int k = 0; k < nNests; k++) {
                  double z = 0.0;
                  for (int j = 0; j < v.Length; j++) { if (nestOf[j] != k) continue; pCond[j] = Math.Exp(v[j] - top); z += pCond[j]; }
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) pCond[j] /= z;
                  iv[k] = top + Math.Log(z);
                }
                double m = double.NegativeInfinity;
                for (int k = 0; k < nNests; k++) m = Math.Max(m, iv[k]);
                double s = 0.0;
                for (int k = 0; k < nNests; k++) { pNest[k] = Math.Exp(iv[k] - m); s += pNest[k]; }
                for (int k = 0; k < nNests; k++) pNest[k] /= s;
              } } }
            """,
        ["N16_WhileNestLoopPersonWideMax"] = """
            // expected: LG0001 (bug). The nest loop is a while loop; the max walks every alternative of person n (rectangular),
            // the sum one nest (nestOf[j] == k).
            using System;
            namespace N16 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                int alts = v.GetLength(1);
                for (int n = 0; n < v.GetLength(0); n++) {
                  int k = 0;
                  while (k < nNests) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) if (v[n, j] > top) top = v[n, j]; //~ LG0001
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) { p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n, j] /= z;
                    k++;
                  }
                }
              } } }
            """,
        ["N17_ForeachNestIdsFloatLinqMax"] = """
            // expected: LG0001 (bug). Nests walked as foreach over their ids; float jagged; person-wide v[n].Max() shifts a sum
            // over the alternatives with nestOf[j] == id.
            using System; using System.Linq;
            namespace N17 { static class C {
              public static void F(float[][] v, int[] nestOf, int[] nestIds, float[][] p) {
                for (int n = 0; n < v.Length; n++)
                  foreach (int id in nestIds) {
                    float top = v[n].Max(); //~ LG0001
                    float z = 0f;
                    for (int j = 0; j < v[n].Length; j++) { if (nestOf[j] != id) continue; p[n][j] = MathF.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == id) p[n][j] /= z;
                  }
              } } }
            """,
        // ---- own correct spellings: per-nest state refilled through another name, a closure, a deconstruction, a ref
        // local, a Span view, a List, a struct member; each a correct per-nest softmax (every nest sums to 1, no 0/0 with
        // rows at ±1000 and one nest 1000 below), so silent.
        ["Own_RefLocalAliasRefillsMask"] = """
            // correct: ref local wr aliases w; the nest loop masks through wr, the max walks w (nest k's members only).
            using System;
            namespace S01 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                double[] w = new double[alts];
                ref double[] wr = ref w;
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) wr[j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < w.Length; j++) top = Math.Max(top, w[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Own_SpanWritesArrayMaxWalksArray"] = """
            // correct: the nest loop writes through a Span view ws of w; the max walks w (masked to nest k).
            using System;
            namespace S02 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                int alts = v.GetLength(1);
                var w = new double[alts];
                Span<double> ws = w;
                for (int n = 0; n < v.GetLength(0); n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) ws[j] = nestOf[j] == k ? v[n, j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) if (w[j] > top) top = w[j];
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) { p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n, j] /= z;
                  }
              } } }
            """,
        ["Own_StructMemberBufferRefilledThroughCopy"] = """
            // correct: a struct holds the scratch array; the nest loop writes it through a copy b = s.Buf; the max walks s.Buf
            // (silent since member storage is rooted per receiver: b and s.Buf are one buffer; was a known false LG0003).
            using System;
            namespace S03 {
            struct Scratch { public double[] Buf; }
            static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                var s = new Scratch { Buf = new double[alts] };
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    var b = s.Buf;
                    for (int j = 0; j < alts; j++) b[j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = Math.Max(top, s.Buf[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Own_HelperRefillsListPassedOnce"] = """
            // correct: a helper refills the member list captured by a local function; the max walks v[n] at the members.
            using System; using System.Collections.Generic;
            namespace S04 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                var members = new List<int>();
                void Refill(int k) { members.Clear(); for (int j = 0; j < nestOf.Length; j++) if (nestOf[j] == k) members.Add(j); }
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    Refill(k);
                    double top = double.NegativeInfinity;
                    foreach (int j in members) top = Math.Max(top, v[n][j]);
                    double z = 0.0;
                    foreach (int j in members) { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    foreach (int j in members) p[n][j] /= z;
                  }
              } } }
            """,
        ["Own_FuncLambdaBuildsMaskedRow"] = """
            // correct: a Func lambda returns nest k's masked copy of the row (-inf outside); the max walks that copy.
            using System;
            namespace S05 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                double[] w = new double[alts];
                Func<int, int, double[]> mask = (n, k) => { for (int j = 0; j < alts; j++) w[j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity; return w; };
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    var row = mask(n, k);
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Own_DeconstructedMaskAndCount"] = """
            // correct: (w, cnt) = (masks[k], alts) picks nest k's precomputed masked row; the max walks w.
            using System;
            namespace S06 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                var masks = new double[nNests][];
                for (int k = 0; k < nNests; k++) masks[k] = new double[alts];
                double[] w = masks[0]; int cnt = 0;
                for (int n = 0; n < v.Length; n++) {
                  for (int k = 0; k < nNests; k++)
                    for (int j = 0; j < alts; j++) masks[k][j] = nestOf[j] == k ? v[n][j] : double.NegativeInfinity;
                  for (int k = 0; k < nNests; k++) {
                    (w, cnt) = (masks[k], alts);
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < cnt; j++) top = Math.Max(top, w[j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
                }
              } } }
            """,
        ["Own_SameBufferBothSidesRefilled"] = """
            // correct (review45 C03 shape): w is refilled per nest (-inf outside nest k); both the max and the exps read w.
            using System;
            namespace S07 { static class C {
              public static void F(float[] v, int persons, int alts, int[] nestOf, int nNests, float[] p) {
                var w = new float[alts];
                for (int n = 0; n < persons; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) w[j] = nestOf[j] == k ? v[n * alts + j] : float.NegativeInfinity;
                    float top = float.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = MathF.Max(top, w[j]);
                    float z = 0f;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n * alts + j] = MathF.Exp(w[j] - top); z += p[n * alts + j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n * alts + j] /= z;
                  }
              } } }
            """,
        ["Own_ParameterRowsMaskedInPlaceBeforeNest"] = """
            // correct: the method first writes nest k's masked utilities into u[k] (-inf outside the nest), then per nest
            // the max walks the whole row u[k] and the exps read u[k] at the members: the max is nest k's own.
            using System;
            namespace S08 { static class C {
              public static void F(double[] v, int[] nestOf, int nNests, double[][] u, double[] p) {
                for (int k = 0; k < nNests; k++)
                  for (int j = 0; j < v.Length; j++) u[k][j] = nestOf[j] == k ? v[j] : double.NegativeInfinity;
                for (int k = 0; k < nNests; k++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < u[k].Length; j++) top = Math.Max(top, u[k][j]);
                  double z = 0.0;
                  for (int j = 0; j < v.Length; j++) { if (nestOf[j] != k) continue; p[j] = Math.Exp(u[k][j] - top); z += p[j]; }
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) p[j] /= z;
                }
              } } }
            """,
        ["Own_StackallocSpanRefilledForeachMax"] = """
            // correct: a stackalloc span refilled per nest (-inf outside nest k); foreach max over it; exps read it.
            using System;
            namespace S09 { static class C {
              public static void F(float[][] v, int[] nestOf, int nNests, float[][] p) {
                int alts = nestOf.Length;
                Span<float> buf = stackalloc float[alts];
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) buf[j] = nestOf[j] == k ? v[n][j] : float.NegativeInfinity;
                    float top = float.NegativeInfinity;
                    foreach (float u in buf) top = MathF.Max(top, u);
                    float z = 0f;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = MathF.Exp(buf[j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Own_JaggedScratchRowViaLocalFunction"] = """
            // correct: a local function writes scratch[k] (nest k's masked row); the max walks scratch[k], exps read v.
            using System;
            namespace S10 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p, double[][] scratch) {
                int alts = v.GetLength(1);
                void Mask(int n, int k) { var r = scratch[k]; for (int j = 0; j < alts; j++) r[j] = nestOf[j] == k ? v[n, j] : double.NegativeInfinity; }
                for (int n = 0; n < v.GetLength(0); n++)
                  for (int k = 0; k < nNests; k++) {
                    Mask(n, k);
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = Math.Max(top, scratch[k][j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; } //~ LG0003 (known false report, as N05: the maximum of a scratch buffer is not read as v's maximum)
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n, j] /= z;
                  }
              } } }
            """,
        ["Own_InPlaceMaskOfOwnRowThenWholeRowMax"] = """
            // correct: the row itself is masked in place per nest from a saved copy (-inf outside nest k), then the max
            // walks the whole row and the exps read it: v is written before the max, so the max is nest k's own.
            using System;
            namespace S11 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                int alts = nestOf.Length;
                var saved = new double[alts];
                for (int n = 0; n < v.Length; n++) {
                  Array.Copy(v[n], saved, alts);
                  for (int k = 0; k < nNests; k++) {
                    for (int j = 0; j < alts; j++) v[n][j] = nestOf[j] == k ? saved[j] : double.NegativeInfinity;
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < v[n].Length; j++) top = Math.Max(top, v[n][j]);
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
                }
              } } }
            """,
        ["Own_UnionFloatLinqMaxTotalAcrossNests"] = """
            // correct: ONE softmax per person over the union of the nests (total carried across the nest loop), float,
            // v[n].Max(): the whole-row max is the right shift.
            using System; using System.Linq;
            namespace S12 { static class C {
              public static void F(float[][] v, int[][] nests, float[][] p) {
                for (int n = 0; n < v.Length; n++) {
                  float top = v[n].Max();
                  float z = 0f;
                  for (int k = 0; k < nests.Length; k++)
                    foreach (int j in nests[k]) { p[n][j] = MathF.Exp(v[n][j] - top); z += p[n][j]; }
                  for (int j = 0; j < v[n].Length; j++) p[n][j] /= z;
                }
              } } }
            """,
        // ---- own buggy spellings: the person-wide max of the very array the exps read shifts a per-nest sum (a nest
        // 1000 below the person's best gives 0/0): LG0001.
        ["Bug_JaggedContinueFilter"] = """
            using System;
            namespace B01 { static class C {
              public static void F(double[][] v, int[] nestOf, int nNests, double[][] p) {
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < v[n].Length; j++) top = Math.Max(top, v[n][j]); //~ LG0001
                    double z = 0.0;
                    for (int j = 0; j < v[n].Length; j++) { if (nestOf[j] != k) continue; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Bug_TwoDimensionalGetLengthBound"] = """
            using System;
            namespace B02 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests, double[,] p) {
                for (int n = 0; n < v.GetLength(0); n++)
                  for (int k = 0; k < nNests; k++) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < v.GetLength(1); j++) if (v[n, j] > top) top = v[n, j]; //~ LG0001
                    double z = 0.0;
                    for (int j = 0; j < v.GetLength(1); j++) if (nestOf[j] == k) { p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                    for (int j = 0; j < v.GetLength(1); j++) if (nestOf[j] == k) p[n, j] /= z;
                  }
              } } }
            """,
        ["Bug_FlatStrideSameColumnCount"] = """
            using System;
            namespace B03 { static class C {
              public static void F(double[] v, int persons, int alts, int[] nestOf, int nNests, double[] p) {
                for (int n = 0; n < persons; n++)
                  for (int k = 0; k < nNests; k++) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < alts; j++) top = Math.Max(top, v[n * alts + j]); //~ LG0001
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; p[n * alts + j] = Math.Exp(v[n * alts + j] - top); z += p[n * alts + j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) p[n * alts + j] /= z;
                  }
              } } }
            """,
        ["Bug_ForeachNestListJaggedLoopMax"] = """
            using System;
            namespace B04 { static class C {
              public static void F(double[][] v, int[][] nests, double[][] p) {
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nests.Length; k++) {
                    double top = double.NegativeInfinity;
                    for (int j = 0; j < v[n].Length; j++) if (v[n][j] > top) top = v[n][j]; //~ LG0001
                    double z = 0.0;
                    foreach (int j in nests[k]) { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    foreach (int j in nests[k]) p[n][j] /= z;
                  }
              } } }
            """,
        ["Bug_ForeachNestListLinqMax"] = """
            using System; using System.Linq;
            namespace B05 { static class C {
              public static void F(double[][] v, int[][] nests, double[][] p) {
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nests.Length; k++) {
                    double top = v[n].Max(); //~ LG0001
                    double z = 0.0;
                    foreach (int j in nests[k]) { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                    foreach (int j in nests[k]) p[n][j] /= z;
                  }
              } } }
            """,
        ["Bug_FloatJaggedFilterMathFMax"] = """
            using System;
            namespace B06 { static class C {
              public static void F(float[][] v, int[] nestOf, int nNests, float[][] p) {
                for (int n = 0; n < v.Length; n++)
                  for (int k = 0; k < nNests; k++) {
                    float top = float.NegativeInfinity;
                    for (int j = 0; j < v[n].Length; j++) top = MathF.Max(top, v[n][j]); //~ LG0001
                    float z = 0f;
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k) { p[n][j] = MathF.Exp(v[n][j] - top); z += p[n][j]; }
                    for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k) p[n][j] /= z;
                  }
              } } }
            """,
        ["Bug_InPlaceTwoDimensionalMaxBeforeNestLoop"] = """
            // N09 in 2-D: the person-wide max before the nest loop, the per-nest exps and division written in place after it.
            using System;
            namespace B07 { static class C {
              public static void F(double[,] v, int[] nestOf, int nNests) {
                int alts = v.GetLength(1);
                for (int n = 0; n < v.GetLength(0); n++) {
                  double top = double.NegativeInfinity;
                  for (int j = 0; j < alts; j++) top = Math.Max(top, v[n, j]); //~ LG0001
                  for (int k = 0; k < nNests; k++) {
                    double z = 0.0;
                    for (int j = 0; j < alts; j++) { if (nestOf[j] != k) continue; v[n, j] = Math.Exp(v[n, j] - top); z += v[n, j]; }
                    for (int j = 0; j < alts; j++) if (nestOf[j] == k) v[n, j] /= z;
                  }
                }
              } } }
            """,
        ["Bug_OneDimensionalForeachNestIds"] = """
            using System;
            namespace B08 { static class C {
              public static void F(double[] v, int[] nestOf, int[] nestIds, double[] p) {
                double top = double.NegativeInfinity;
                for (int j = 0; j < v.Length; j++) top = Math.Max(top, v[j]); //~ LG0001
                foreach (int id in nestIds) {
                  double z = 0.0;
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == id) { p[j] = Math.Exp(v[j] - top); z += p[j]; }
                  for (int j = 0; j < v.Length; j++) if (nestOf[j] == id) p[j] /= z;
                }
              } } }
            """,
    };
}
