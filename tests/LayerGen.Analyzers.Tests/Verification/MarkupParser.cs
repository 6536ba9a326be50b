using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Reads <c>{|LG0001:…|}</c> markup: the plain text and the marked (id, span) pairs, nesting allowed.</summary>
internal static class MarkupParser
{
    public static (string Text, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<(string Id, TextSpan Span)>();
        for (var k = 0; k < markup.Length; k++)
        {
            if (markup[k] == '{' && k + 1 < markup.Length && markup[k + 1] == '|')
            {
                var colon = markup.IndexOf(':', k + 2);
                open.Push((markup[(k + 2)..colon], text.Length));
                k = colon;
            }
            else if (markup[k] == '|' && k + 1 < markup.Length && markup[k + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(start, text.Length)));
                k++;
            }
            else
            {
                text.Append(markup[k]);
            }
        }

        return (text.ToString(), expected.OrderBy(e => e.Span.Start).ToList());
    }
}
