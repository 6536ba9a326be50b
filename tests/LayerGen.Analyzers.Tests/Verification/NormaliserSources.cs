namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Test sources of exps normalised by a helper (the cross-type and helper-depth model tests).</summary>
internal static class NormaliserSources
{
    /// <summary>
    /// <paramref name="prelude"/> (usings and helper types, one of them a <c>Normaliser</c> class), then a
    /// <c>Classifier</c> whose <c>Run</c> fills <c>d[c]</c> with <paramref name="exp"/> of the scores <c>s</c> (their max
    /// <c>m</c> at hand) and normalises <c>d</c> with the statement <paramref name="normalise"/>.
    /// </summary>
    public static string Classifier(string prelude, string normalise, string exp, bool isSealed) => $$"""
        {{prelude}}
        public {{(isSealed ? "sealed " : "")}}class Classifier
        {
            private readonly Normaliser normaliser = new Normaliser();

            public double[] Run(double[] s)
            {
                double m = s.Max();
                var d = new double[s.Length];
                for (int c = 0; c < s.Length; c++)
                {
                    d[c] = {{exp}};
                }

                {{normalise}}
                return d;
            }
        }
        """;
}
