#!/usr/bin/env python3
"""Rewrites the genClasses/genEnums of an EMF .genmodel from its .ecore.

EMF's generator only emits code for classifiers listed in the genmodel; in the IDE the
"Reload" action keeps the two in step. This script is that action for a build without an IDE:
run it after changing the metamodel, and commit both files.
usage: sync-genmodel.py bundles/ccf.workbench.model/model/deployment.genmodel
"""
import re
import sys
import xml.etree.ElementTree as ET

XSI = '{http://www.w3.org/2001/XMLSchema-instance}type'


def gen_package_body(ecore_name, root):
    out = []
    for c in root.findall('eClassifiers'):
        name, kind = c.get('name'), c.get(XSI)
        ref = f'{ecore_name}#//{name}'
        if kind == 'ecore:EEnum':
            out.append(f'    <genEnums typeSafeEnumCompatible="false" ecoreEnum="{ref}">')
            for lit in c.findall('eLiterals'):
                out.append(f'      <genEnumLiterals ecoreEnumLiteral="{ref}/{lit.get("name")}"/>')
            out.append('    </genEnums>')
        elif kind == 'ecore:EClass':
            abstract = ' image="false"' if c.get('abstract') == 'true' else ''
            out.append(f'    <genClasses{abstract} ecoreClass="{ref}">')
            for f in c.findall('eStructuralFeatures'):
                fk = 'Reference' if f.get(XSI) == 'ecore:EReference' else 'Attribute'
                props = ''
                if fk == 'Reference':
                    props = ' property="None" children="true" createChild="true"' if f.get('containment') == 'true' \
                        else ' notify="false"'
                out.append(f'      <genFeatures{props} createChild="false" ecoreFeature="ecore:E{fk} {ref}/{f.get("name")}"/>'
                           if fk == 'Attribute' else
                           f'      <genFeatures{props} ecoreFeature="ecore:E{fk} {ref}/{f.get("name")}"/>')
            for o in c.findall('eOperations'):
                params = o.findall('eParameters')
                opref = f'{ref}/{o.get("name")}'
                if params:
                    out.append(f'      <genOperations ecoreOperation="{opref}">')
                    for p in params:
                        out.append(f'        <genParameters ecoreParameter="{opref}/{p.get("name")}"/>')
                    out.append('      </genOperations>')
                else:
                    out.append(f'      <genOperations ecoreOperation="{opref}"/>')
            out.append('    </genClasses>')
    return '\n'.join(out)


def main(path):
    text = open(path, encoding='utf-8').read()
    ecore_name = re.search(r'<foreignModel>([^<]+)</foreignModel>', text).group(1)
    root = ET.parse(path.rsplit('/', 1)[0] + '/' + ecore_name).getroot()
    body = gen_package_body(ecore_name, root)
    pkg = re.compile(r'(<genPackages\b[^>]*?)(/>|>.*?</genPackages>)', re.S)
    m = pkg.search(text)
    text = text[:m.start()] + m.group(1) + '>\n' + body + '\n  </genPackages>' + text[m.end():]
    open(path, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    main(sys.argv[1])
