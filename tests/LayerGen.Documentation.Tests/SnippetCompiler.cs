using System.Collections.Immutable;
using LayerGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Documentation.Tests;

/// <summary>
/// Compiles a snippet the way a new console project would (`dotnet new console`: implicit usings, nullable, top-level
/// statements) with the LayerGen generator running and the LayerGen and LayerGen.Onnx assemblies referenced.
/// </summary>
internal static class SnippetCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The global usings of <c>Microsoft.NET.Sdk</c> console projects with <c>ImplicitUsings</c> enabled.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(AffineAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(OnnxExport).Assembly.Location),
    ];

    /// <summary>The result: errors (empty when it compiled) and the assembly bytes when it did.</summary>
    public sealed record Result(IReadOnlyList<Diagnostic> Errors, byte[]? Assembly, bool HasEntryPoint);

    /// <summary>
    /// Compiles <paramref name="snippet"/>: as a console program when it has top-level statements, else (a block of
    /// declarations only, such as a class with layer attributes) as a file of a library.
    /// </summary>
    public static Result Compile(MarkdownSnippet snippet)
    {
        SyntaxTree code = CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions, path: snippet.File);
        bool program = code.GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [code, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.cs")],
            References,
            new CSharpCompilationOptions(
                program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create([new LayerGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out ImmutableArray<Diagnostic> generatorDiagnostics);

        using var assembly = new MemoryStream();
        var emit = withGenerated.Emit(assembly);
        var errors = generatorDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        bool hasEntryPoint = withGenerated.GetEntryPoint(CancellationToken.None) is not null;
        return new Result(errors, emit.Success ? assembly.ToArray() : null, hasEntryPoint);
    }
}
